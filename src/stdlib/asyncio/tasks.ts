// tasks.ts — asyncio.tasks: sleep, gather, wait, wait_for, as_completed, shield, timeout()/timeout_at(),
// TaskGroup, to_thread and run_coroutine_threadsafe, built on Future/Task (futures.ts) and the loop.
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-task.html and what python3 3.11
// does (the order in which callbacks fire decides the order of output, so it follows CPython's design:
// Lib/asyncio/tasks.py, timeouts.py, taskgroups.py).

export const asyncioTasksSource: string = String.raw`"""gilpy's asyncio task helpers."""

import functools as _functools
from asyncio.futures import (Future, Task, CancelledError, iscoroutine, isfuture, ensure_future,
                             get_running_loop, current_task, _loop_for, _get_running_loop)

__all__ = ('sleep', 'gather', 'wait', 'wait_for', 'as_completed', 'shield', 'timeout', 'timeout_at',
           'Timeout', 'TaskGroup', 'to_thread', 'run_coroutine_threadsafe', 'create_task',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


class _YieldOnce:
    # 'await sleep(0)': give the other ready callbacks one turn.
    def __await__(self):
        yield


_yield_once = _YieldOnce()


def _resolve(fut, value, *_done):
    # Also a done callback (partial(_resolve, waiter, None)), which gets the finished future as well.
    if not fut.done():
        fut.set_result(value)


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _resolve, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_requested = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = _loop_for(None).create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    loop = None
    for aw in aws:
        fut = by_arg.get(aw)
        if fut is None:
            fut = ensure_future(aw, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not aw:
                fut._log_destroy_pending = False
            by_arg[aw] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = [0, len(by_arg)]

    def child_done(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] < state[1]:
            return
        results = []
        for child in children:
            if child.cancelled():
                results.append(child._make_cancelled_error())
            else:
                exc = child.exception()
                results.append(child.result() if exc is None else exc)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _resolve, waiter, None)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        if left[0] <= 0 or return_when == FIRST_COMPLETED or \
                return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None:
            if timer is not None:
                timer.cancel()
            _resolve(waiter, None)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = set()
    pending = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel fut and return once it has actually finished.
    waiter = loop.create_future()
    cb = _functools.partial(_resolve, waiter, None)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if not fut.done():
            await _cancel_and_wait(fut, loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
        return fut.result()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _resolve, waiter, None)
    wake = _functools.partial(_resolve, waiter, None)
    fut.add_done_callback(wake)
    try:
        try:
            await waiter
        except CancelledError:
            # We were cancelled ourselves: take fut down with us unless it already finished.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(wake)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(wake)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.locks import Queue
    loop = _loop_for(None)
    todo = {}
    for f in fs:
        todo[ensure_future(f, loop=loop)] = None
    finished = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        del todo[f]
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_done():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    return await loop.run_in_executor(None, _functools.partial(func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise

        def finished(t):
            if t.cancelled():
                result.cancel()
                result.set_running_or_notify_cancel()
            elif result.set_running_or_notify_cancel():
                exc = t.exception()
                if exc is None:
                    result.set_result(t.result())
                else:
                    result.set_exception(exc)

        def cancel_back(f):
            if f.cancelled() and not task.done():
                loop.call_soon_threadsafe(task.cancel)

        task.add_done_callback(finished)
        result.add_done_callback(cancel_back)

    loop.call_soon_threadsafe(start)
    return result


# ---- timeout() (3.11) ----

class Timeout:
    """An async context manager that cancels the current task at a deadline and raises TimeoutError."""

    def __init__(self, when):
        self._state = 'created'
        self._when = when
        self._handle = None
        self._task = None
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'active':
            if self._state == 'created':
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._expire)
            else:
                self._handle = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        extra = ''
        if self._state == 'active':
            extra = f' when={None if self._when is None else round(self._when, 3)}'
        return f'<Timeout [{self._state}]{extra}>'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        self._state = 'active'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'active':
            self._state = 'finished'
        return None

    def _expire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._handle = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup (3.11) ----

class TaskGroup:
    """Tasks started with create_task inside 'async with' are awaited at its end; a failure cancels the rest."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None
        self._parent_cancel_requested = False
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        parts = ['<TaskGroup']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent = current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        cancel_error = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent.uncancel() == 0:
            cancel_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as ex:
                if not self._aborting:
                    cancel_error = ex
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancel_error is not None and not self._errors:
            raise cancel_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            # BaseExceptionGroup(...) gives an ExceptionGroup in CPython when every error is an Exception.
            group = ExceptionGroup if all(isinstance(e, Exception) for e in errors) else BaseExceptionGroup
            raise group('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks[task] = None
        task.add_done_callback(self._task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _task_done(self, task):
        self._tasks.pop(task, None)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent} is already completed',
                'exception': exc, 'task': task})
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent.cancel()
`;
