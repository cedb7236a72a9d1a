import traceback
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    traceback.print_exc()
    print("formatted:", traceback.format_exc().splitlines()[-1])
try:
    fail()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 1, lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
print("done")
