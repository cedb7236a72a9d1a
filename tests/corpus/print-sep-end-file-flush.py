import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(1, 2, sep="")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print()
print(None, sep=None, end=None)
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
print("err2", "x", sep="|", file=sys.stderr)
try:
    print(sep=5)
except TypeError as e:
    print(e)
