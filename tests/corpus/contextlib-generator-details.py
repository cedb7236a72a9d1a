from contextlib import *
import contextlib, io, sys
@contextmanager
def cm(x):
    """doc"""
    print('enter', x)
    try:
        yield x * 2
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', x)
print(cm.__name__, cm.__doc__, cm(1).__doc__)
with cm(1) as v: print(v)
with cm(2): raise ValueError('boom')
try:
    with cm(3): raise KeyError('k')
except KeyError as e: print('KeyError', e)
@cm(5)
def f(a): print('in f', a); return a
print(f(7), f.__name__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def swallow():
    try: yield
    except Exception: yield
try:
    with swallow(): 1/0
except RuntimeError as e: print(e)
@contextmanager
def convert():
    try: yield
    except ZeroDivisionError as e: raise ValueError('converted') from e
try:
    with convert(): 1/0
except ValueError as e: print(repr(e), repr(e.__cause__))
@contextmanager
def plain(): yield
try:
    with plain(): raise StopIteration('s')
except StopIteration as e: print('stop', e)
with suppress(KeyError, IndexError):
    [][1]
print('after suppress')
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print(repr(buf.getvalue()))
e2 = io.StringIO()
with redirect_stderr(e2): print('err', file=sys.stderr)
print(repr(e2.getvalue()))
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with ExitStack() as st:
    for i in range(3):
        st.enter_context(cm(i))
    st.callback(print, 'callback', 1)
    st.push(lambda *a: print('push', a[0]))
with ExitStack() as st:
    st.callback(print, 'cb')
    st2 = st.pop_all()
print('popped')
st2.close()
def raiser(*a): raise KeyError('in exit')
try:
    with ExitStack() as st:
        st.push(raiser)
        st.push(lambda *a: True)
        1/0
except KeyError as e: print('KE', repr(e.__context__))
try:
    with ExitStack() as st:
        st.push(raiser)
        1/0
except KeyError as e: print('KE2', repr(e.__context__))
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
class MyCM(AbstractContextManager):
    def __exit__(self, *a): print('myexit')
with MyCM() as m: print(type(m).__name__)
print(issubclass(MyCM, AbstractContextManager), isinstance(open, AbstractContextManager), issubclass(type(cm(1)), ContextDecorator))
class D(ContextDecorator):
    def __enter__(self): print('D enter'); return self
    def __exit__(self, *a): print('D exit')
@D()
def g(): print('g body')
g()
print(contextlib.__all__)
