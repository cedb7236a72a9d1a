for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("key"), KeyError(), OSError(2, "No such file"), StopIteration(5), SystemExit(3)]:
    print(type(e).__name__, repr(e), str(e), e.args)
e = OSError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(FileNotFoundError is type(OSError(2, "x")), type(OSError(2, "x")).__name__)
