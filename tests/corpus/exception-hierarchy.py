for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, TimeoutError, BrokenPipeError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, UnboundLocalError, TabError, IndentationError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyboardInterrupt, Exception), issubclass(ArithmeticError, Exception), BaseException.__subclasses__()[:0])
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
