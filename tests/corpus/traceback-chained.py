def parse(s):
    return int(s)
def load():
    try:
        parse("x")
    except ValueError as e:
        raise RuntimeError("could not load") from e
load()
