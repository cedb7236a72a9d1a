import os
print(os.sep, os.linesep == "\n", os.name, os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.split("/a/b/c"))
print(os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"), os.path.isabs("/x"), os.path.normpath("a//b/../c"), os.path.exists("no-such-file-xyz"))
print(type(os.getpid()).__name__, type(os.getcwd()).__name__, os.environ.get("TZ"), os.environ.get("NOPE_XYZ", "unset"), "PATH" in os.environ)
print(type(os.cpu_count()).__name__, os.path.exists(__file__), os.path.basename(__file__))
print(os.getenv("LANG"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
