import sys
def f():
    raise ValueError("deep")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    err = e
try:
    raise err.with_traceback(None)
except ValueError as e:
    print("re-raised", e, e.__traceback__.tb_next is None)
raise TypeError("final").with_traceback(None)
