from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with tag("i"):
    raise ValueError("oops")
with suppress(KeyError):
    {}["x"]
    print("never")
print("after suppress")
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
with nullcontext(5) as n:
    print(n)
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    pass
import io
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
