import traceback, sys
traceback.print_exc()
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(ValueError('x')))
def f(): raise KeyError('k')
try: f()
except Exception as e:
    sys.stderr.write(''.join(traceback.format_exception(e)))
    traceback.print_tb(e.__traceback__)
    traceback.print_exc()
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), s[-1].lineno, s[-1].name, s[-1].line)
    print(traceback.format_exc().splitlines()[-1])
