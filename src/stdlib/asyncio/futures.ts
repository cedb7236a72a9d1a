// futures.ts — asyncio.futures: the exceptions, the per-thread running loop, Future and Task (the coroutine
// driver), and the repr helpers they share.
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-future.html and -task.html and
// from what python3 3.11 prints; CPython's Future/Task are C (Modules/_asyncio.c), so their frames never show
// in a traceback: Task._step drops its own traceback entry to look the same.

export const asyncioFuturesSource: string = String.raw`"""gilpy's asyncio futures and tasks."""

import sys as _sys
import _thread
from _asyncio import coro_where as _coro_where
from itertools import count as _count
from types import GenericAlias as _GenericAlias, CoroutineType as _CoroutineType, GeneratorType as _GeneratorType
import functools as _functools

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError', 'BrokenBarrierError', 'Future', 'Task', 'isfuture', 'iscoroutine',
           'iscoroutinefunction', 'get_running_loop', '_get_running_loop', '_set_running_loop',
           'current_task', 'all_tasks', 'wrap_future', 'ensure_future')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised in a coroutine whose task (or awaited future) got cancel()ed."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this Future's state."""
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """EOF came before the expected number of bytes."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        kind = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {kind} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The separator was not found within the buffer limit."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


# ---- the running loop, one per OS-level thread ----

_running = {}


def _get_running_loop():
    return _running.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running.pop(_thread.get_ident(), None)
    else:
        _running[_thread.get_ident()] = loop


def get_running_loop():
    loop = _running.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _loop_for(loop):
    if loop is not None:
        return loop
    from asyncio.runners import get_event_loop
    return get_event_loop()


# ---- coroutine tests ----

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def iscoroutine(obj):
    if type(obj) is _CoroutineType:
        return True
    if type(obj) is _GeneratorType:
        return bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)
    t = type(obj)
    return hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close') and hasattr(t, '__await__')


def iscoroutinefunction(func):
    while isinstance(func, _functools.partial):
        func = func.func
    func = getattr(func, '__func__', func)
    if getattr(func, '_is_coroutine', None) is not None:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        obj._asyncio_future_blocking is not None


# ---- reprs (what asyncio.format_helpers and base_futures print) ----

_OUR_FILES = '/usr/local/lib/python3.11/asyncio/'


def _short_repr(value):
    # reprlib.repr's limits for the common cases: long strings and long lists/tuples are cut.
    if isinstance(value, str):
        r = repr(value)
        if len(r) > 30:
            r = r[:13] + '...' + r[len(r) - 14:]
        return r
    if isinstance(value, int) and not isinstance(value, bool):
        r = repr(value)
        if len(r) > 40:
            r = r[:18] + '...' + r[len(r) - 19:]
        return r
    if type(value) in (list, tuple) and len(value) > 6:
        inner = ', '.join(_short_repr(v) for v in value[:6])
        return ('[%s, ...]' if type(value) is list else '(%s, ...)') % inner
    return repr(value)


def _callback_name(func, args, kwargs, tail=''):
    if isinstance(func, _functools.partial):
        return _callback_name(func.func, func.args, func.keywords, _call_args(args, kwargs) + tail)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _call_args(args, kwargs) + tail


def _call_args(args, kwargs):
    parts = [_short_repr(a) for a in args or ()]
    if kwargs:
        parts += [f'{k}={_short_repr(v)}' for k, v in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _callback_source(func, args):
    text = _callback_name(func, args, None)
    while isinstance(func, _functools.partial):
        func = func.func
    func = getattr(func, '__wrapped__', func)
    code = getattr(func, '__code__', None)
    if code is not None and not hasattr(func, '__self__') and not code.co_filename.startswith(_OUR_FILES):
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _callbacks_repr(callbacks):
    names = [_callback_source(cb, ()) for cb in callbacks]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


def _coro_repr(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or f'<{type(coro).__name__} without __name__>'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name + '()'
    where = _coro_where(coro)
    if where is not None:
        return f'{name}() running at {where[0]}:{where[1]}'
    return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'


# ---- Future ----

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be set later, awaited by coroutines; its callbacks run on its event loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _source_traceback = None

    def __init__(self, *, loop=None):
        self._loop = _loop_for(loop)
        self._callbacks = []

    __class_getitem__ = classmethod(_GenericAlias)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_callbacks_repr(self._callbacks))
        return info

    def __repr__(self):
        return f'<{type(self).__name__} ' + ' '.join(self._repr_info()) + '>'

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._call_callbacks()
        return True

    def _call_callbacks(self):
        todo = self._callbacks
        if not todo:
            return
        self._callbacks = []
        for fn in todo:
            self._loop.call_soon(fn, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        keep = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(keep)
        if removed:
            self._callbacks[:] = keep
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._call_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._call_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


Future.__module__ = '_asyncio'


# ---- Task ----

_task_numbers = _count(1)
_pending_tasks = {}
_current = {}


class Task(Future):
    """Runs a coroutine on the event loop, one step per wake-up, and finishes with its outcome."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        number = next(_task_numbers)  # a named task still uses up a number, as in CPython 3.11
        self._name = f'Task-{number}' if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._context = context
        self._loop.call_soon(self._step)
        _pending_tasks[self] = None

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_coro_repr(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The coroutine sees CancelledError when the waiter's callback wakes it.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        _pending_tasks.pop(self, None)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        _current[loop] = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as e:
            self._finish()
            _drop_step_frame(e)
            self._cancelled_exc = e
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finish()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finish()
            _drop_step_frame(e)
            Future.set_exception(self, e)
        else:
            self._after_yield(yielded)
        finally:
            _current.pop(loop, None)

    def _after_yield(self, yielded):
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if yielded._loop is not self._loop:
                err = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop')
            elif not blocking:
                err = RuntimeError(f'yield was used instead of yield from in task {self!r} with {yielded!r}')
            elif yielded is self:
                err = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
            self._loop.call_soon(self._step, err)
        elif yielded is None:
            self._loop.call_soon(self._step)
        elif isinstance(yielded, _GeneratorType):
            self._loop.call_soon(self._step, RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} with {yielded!r}'))
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {yielded!r}'))

    def task_wakeup(self, fut):
        # Throw the awaited future's failure into the coroutine without an extra traceback entry.
        if isinstance(fut, Future):
            if fut._state == _CANCELLED:
                self._step(fut._make_cancelled_error())
            elif fut._exception is not None:
                self._step(fut._exception.with_traceback(fut._exception_tb))
            else:
                self._step()
            return
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


Task.__module__ = '_asyncio'


def _drop_step_frame(exc):
    # CPython's step is C code and leaves no traceback entry; drop the one of Task._step.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
        exc.__traceback__ = tb.tb_next


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_pending_tasks) if t._loop is loop and not t.done()}


# ---- futures from elsewhere ----

def ensure_future(coro_or_future, *, loop=None):
    obj = coro_or_future
    if isfuture(obj):
        if loop is not None and loop is not obj._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if not iscoroutine(obj):
        if hasattr(type(obj), '__await__'):
            obj = _await_it(obj)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    return _loop_for(loop).create_task(obj)


async def _await_it(awaitable):
    return await awaitable


def _copy_outcome(target, source):
    # source is a concurrent.futures.Future that has finished; target an asyncio Future.
    if target.cancelled():
        return
    if source.cancelled():
        target.cancel()
        return
    exc = source.exception()
    if exc is not None:
        target.set_exception(exc)
    else:
        target.set_result(source.result())


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    loop = _loop_for(loop)
    mine = loop.create_future()

    def from_thread(cf):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_outcome, mine, cf)

    def on_mine_done(f):
        if f.cancelled():
            future.cancel()

    mine.add_done_callback(on_mine_done)
    future.add_done_callback(from_thread)
    return mine
`;
