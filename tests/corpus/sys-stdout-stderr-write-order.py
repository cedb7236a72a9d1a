import sys
sys.stdout.write("out 1\n")
sys.stderr.write("err 1\n")
print("out 2")
print("err 2", file=sys.stderr)
sys.stdout.flush()
print("writes return", sys.stdout.write(""), file=sys.stderr)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty(), sys.stderr.name if hasattr(sys.stderr, "name") else "<stderr>")
