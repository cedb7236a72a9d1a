try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("check the file format")
    print(e.__notes__)
err = KeyError("k")
err.add_note("note on a KeyError")
raise err
