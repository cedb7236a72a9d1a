# ExceptionGroup/BaseExceptionGroup without except*: construction checks, message/exceptions, str/repr,
# split/subgroup/derive, isinstance relations, and the group asyncio.TaskGroup raises.
import asyncio


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("non-str message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("not a sequence", lambda: ExceptionGroup("m", {ValueError()}))
attempt("non-exception item", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("exception class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("base exception in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("m", [ValueError()]))
attempt("BEG of BaseException", lambda: BaseExceptionGroup("m", [SystemExit(2)]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))

eg = ExceptionGroup("top", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(3), KeyError("k")])])
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args[0])
print(str(ExceptionGroup("one", (OSError("x"),))))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), [c.__name__ for c in ExceptionGroup.__mro__])
try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError:", e)

eg.add_note("a note")
eg.__cause__ = RuntimeError("why")
match, rest = eg.split(ValueError)
print("split type:", repr(match), "|", repr(rest))
print("copied:", match.__notes__, repr(match.__cause__), match.__notes__ is eg.__notes__)
print("split tuple:", eg.split((KeyError, TypeError)))
print("subgroup pred:", repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print("whole:", eg.subgroup(Exception) is eg, eg.split(BaseException)[1])
print("none:", eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
for cond in [1, (ValueError, 1), int]:
    try:
        eg.split(cond)
    except TypeError as e:
        print("bad condition:", e)
print("derive:", repr(eg.derive([KeyboardInterrupt()])), repr(eg.derive([ValueError()])))


class TaggedGroup(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return TaggedGroup(self.message + "*", excs, self.tag)


tg = TaggedGroup("tagged", [ValueError("v"), OSError("o")], "T1")
m, r = tg.split(OSError)
print(repr(m), m.tag, repr(r), r.tag)
attempt("subclass with base", lambda: TaggedGroup("x", [KeyboardInterrupt()], "t"))

try:
    raise ExceptionGroup("raised", [ValueError("inside")])
except Exception as e:
    print("caught", type(e).__name__, e, e.exceptions)


async def fails(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"task {n} failed")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fails(1))
            group.create_task(fails(2))
    except ExceptionGroup as e:
        print("TaskGroup:", e, sorted(str(x) for x in e.exceptions))
        values, others = e.split(ValueError)
        print(len(values.exceptions), others)


asyncio.run(main())
