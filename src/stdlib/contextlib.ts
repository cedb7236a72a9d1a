// contextlib.ts — the contextlib module: contextmanager, suppress, redirect_stdout/stderr, closing,
// nullcontext, chdir, ExitStack and their async forms.
// Python source written for gilpy from docs.python.org/3.11/library/contextlib.html and from what python3 3.11
// does; no CPython code. It stays Python (not TypeScript) so that a generator-based context manager shows
// functools.wraps metadata and ordinary function reprs, and user classes can inherit from these.

export const contextlibSource: string = `"""gilpy's contextlib: helpers for building and combining with-statement context managers."""

import sys as _sys
from functools import wraps as _wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'AbstractAsyncContextManager', 'AsyncExitStack', 'ContextDecorator', 'ExitStack', 'redirect_stdout',
           'redirect_stderr', 'suppress', 'aclosing', 'chdir']


def _defines(klass, *names):
    # True when every name is found along the MRO and none of them was set to None there.
    for name in names:
        for owner in klass.__mro__:
            if name in owner.__dict__:
                if owner.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager:
    """Base for context managers: __enter__ gives self; __exit__ must be written."""
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        return None

    @classmethod
    def __subclasshook__(cls, candidate):
        if AbstractContextManager is not cls:
            return NotImplemented
        return _defines(candidate, '__enter__', '__exit__') or NotImplemented


class AbstractAsyncContextManager:
    """Base for async context managers: __aenter__ gives self; __aexit__ must be written."""
    __class_getitem__ = classmethod(type(list[int]))

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        return None

    @classmethod
    def __subclasshook__(cls, candidate):
        if AbstractAsyncContextManager is not cls:
            return NotImplemented
        return _defines(candidate, '__aenter__', '__aexit__') or NotImplemented


class ContextDecorator:
    """Lets a context manager also be used as a decorator: the call runs inside the with-block."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return inner


class AsyncContextDecorator:
    """ContextDecorator for async context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwargs):
            manager = self._recreate_cm()
            async with manager:
                return await func(*args, **kwargs)
        return inner


class _GeneratorCMBase:
    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)
        self.func = func
        self.args = args
        self.kwds = kwargs
        # Show the generator function's docstring (help() on the object reads it).
        own_doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Used by the decorator form: every decorated call needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)


def _thrown_back(raised, sent, traceback, stop_type):
    """After gen.throw(sent) raised *raised*: True when __exit__ should report "not handled"
    (the same exception came back), False when *raised* is a new exception to propagate."""
    if raised is sent:
        raised.__traceback__ = traceback
        return True
    # A StopIteration thrown into a generator comes back wrapped in RuntimeError (PEP 479).
    if isinstance(raised, RuntimeError) and isinstance(sent, stop_type) and raised.__cause__ is sent:
        sent.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns."""

    def __enter__(self):
        # Once entered it cannot be recreated, so let go of the arguments.
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()  # an instance, so that identity tells whether it came back
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as stop:
            return stop is not value
        except BaseException as raised:
            if _thrown_back(raised, value, tb, StopIteration):
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase, AsyncContextDecorator, AbstractAsyncContextManager):
    """What an @asynccontextmanager function returns."""

    async def __aenter__(self):
        del self.func, self.args, self.kwds
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, tb)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if _thrown_back(raised, value, tb, (StopIteration, StopAsyncIteration)):
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    @_wraps(func)
    def helper(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return helper


def asynccontextmanager(func):
    """Decorator: an async generator function that yields once becomes an async context manager factory."""
    @_wraps(func)
    def helper(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *_):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *_):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, target):
        self._new_target = target
        self._old_targets = []  # a stack, so one object can be entered again while active

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file for the duration of the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file for the duration of the block."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Swallows the listed exception types raised in the block."""

    def __init__(self, *kinds):
        self._exceptions = kinds

    def __enter__(self):
        pass

    def __exit__(self, typ, value, tb):
        if typ is None:
            return False
        return issubclass(typ, self._exceptions)


class _ExitStackBase:
    def __init__(self):
        self._exit_callbacks = []  # (is_sync, callback) pairs, run last-first

    def pop_all(self):
        """Moves every registered callback to a new stack, leaving this one empty."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Registers an __exit__-like callable, or an object whose type has __exit__."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, exit_method.__get__(exit, type(exit))))
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; gives what __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the context "
                            "manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, leave.__get__(cm, kind)))
        return result

    def callback(self, callback, /, *args, **kwargs):
        """Registers callback(*args, **kwargs) to run at exit; exceptions are not passed to it."""
        def _exit_wrapper(typ, value, tb):
            callback(*args, **kwargs)
        setattr(_exit_wrapper, '__wrapped__', callback)
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


_NO_EXCEPTION = (None, None, None)


def _relink_context(raised, pending, active):
    # Make the chain of raised.__context__ end at pending, as if the callbacks were nested with-blocks.
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is pending:
            return
        if ctx is active:
            break
        node = ctx
    node.__context__ = pending


class ExitStack(_ExitStackBase, AbstractContextManager):
    """A with-block whose exit actions are registered at run time."""

    def __enter__(self):
        return self

    def __exit__(self, *info):
        had_exception = info[0] is not None
        active = _sys.exc_info()[1]
        suppressed = False
        failing = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*info):
                    suppressed, failing = True, False
                    info = _NO_EXCEPTION
            except BaseException as raised:
                _relink_context(raised, info[1], active)
                failing = True
                info = (type(raised), raised, raised.__traceback__)
        if failing:
            error = info[1]
            kept = error.__context__
            try:
                raise error
            except BaseException:
                error.__context__ = kept  # raising again would link it to itself
                raise
        return had_exception and suppressed

    def close(self):
        """Runs the registered callbacks now."""
        self.__exit__(*_NO_EXCEPTION)


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for async with-blocks: also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, manager):
        cm = manager
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, leave.__get__(cm, kind)))
        return result

    def push_async_exit(self, exit_callable):
        method = getattr(type(exit_callable), '__aexit__', None)
        bound = exit_callable if method is None else method.__get__(exit_callable, type(exit_callable))
        self._exit_callbacks.append((False, bound))
        return exit_callable

    def push_async_callback(self, callback, /, *args, **kwargs):
        async def _exit_wrapper(typ, value, tb):
            await callback(*args, **kwargs)
        setattr(_exit_wrapper, '__wrapped__', callback)
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(*_NO_EXCEPTION)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *info):
        had_exception = info[0] is not None
        active = _sys.exc_info()[1]
        suppressed = False
        failing = False
        while self._exit_callbacks:
            synchronous, cb = self._exit_callbacks.pop()
            try:
                answer = cb(*info) if synchronous else await cb(*info)
                if answer:
                    suppressed, failing = True, False
                    info = _NO_EXCEPTION
            except BaseException as raised:
                _relink_context(raised, info[1], active)
                failing = True
                info = (type(raised), raised, raised.__traceback__)
        if failing:
            error = info[1]
            kept = error.__context__
            try:
                raise error
            except BaseException:
                error.__context__ = kept
                raise
        return had_exception and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; 'as' gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result  # public attribute, as in CPython

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *_):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *_):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block, then changes it back."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        here = os.getcwd()
        os.chdir(self.path)
        self._old_cwd.append(here)

    def __exit__(self, *_):
        import os
        os.chdir(self._old_cwd.pop())
`;
