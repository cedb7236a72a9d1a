import traceback, sys
def inner(): raise ValueError('deep')
def outer():
    try: inner()
    except ValueError as e: raise KeyError('k') from e
try: outer()
except KeyError as e:
    traceback.print_exc()
    traceback.print_exc(limit=1)
    traceback.print_exception(e, limit=2, chain=False)
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__): print(fs.filename, fs.lineno, fs.name, fs.line, list(fs) == list(fs), repr(fs))
    tbe = traceback.TracebackException.from_exception(e)
    print(''.join(tbe.format_exception_only()), str(tbe), type(tbe.__cause__).__name__)
    print(''.join(tbe.format()), end='')
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
def show():
    print(''.join(traceback.format_stack()), end='')
    s = traceback.extract_stack()
    print(s[-1].name, s[-1].line, len(s))
    traceback.print_stack(file=sys.stdout)
show()
print(traceback.format_list([('f.py', 3, 'g', 'x = 1')]))
try:
    try: 1/0
    except ZeroDivisionError: [][1]
except IndexError:
    print(traceback.format_exc())
    print(traceback.format_exc(chain=False))
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(ValueError, ValueError('v')), traceback.format_exception(None))
try: traceback.print_exception(5)
except TypeError as e: print(e)
