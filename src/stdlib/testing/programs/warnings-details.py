import warnings, sys
sys.stderr = sys.stdout
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
old_api()
warnings.warn(RuntimeWarning("instance warning"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom", MyWarning)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
for args in [("bogus",), ("ignore", "", int)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError", e)
warnings.filterwarnings("error", message="fatal.*", category=UserWarning)
try:
    warnings.warn("Fatal problem")
except UserWarning as e:
    print("raised", repr(e))
warnings.warn("not fatal")
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("ignored by module regex")
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("only once")
    warnings.warn("only once", RuntimeWarning)
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("per module")
warnings.simplefilter("default", append=True)
print([f[0] for f in warnings.filters])
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno, line)
old = warnings.showwarning
warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("through hook")
warnings.showwarning = old
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("one")
    warnings.warn("two", SyntaxWarning)
    print([str(w.message) for w in caught], caught[1].category.__name__, caught[0].filename == __file__)
    print(str(caught[0]).split(", filename")[0])
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
warnings.warn("after")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code()  "), end="")
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 5)
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 5, module="m", registry={})
print(sorted(k for k in globals() if k.startswith('__w')))
