// events.ts — asyncio.events: callback handles and the event loop (ready queue, timer heap, waiting on the
// scheduler clock or on select.select when sockets are watched). The policy and asyncio.run are runners.ts.
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-eventloop.html and what python3
// 3.11 does. The order of callbacks follows CPython's BaseEventLoop._run_once (Lib/asyncio/base_events.py):
// FIFO ready queue; timers due by the time of the wait's end run after the callbacks already queued.
// Waiting: with no file descriptors the loop blocks on a _thread lock with a timeout (the scheduler parks the
// thread, the virtual clock jumps); call_soon_threadsafe releases it. With readers/writers it uses
// select.select over a socketpair self-pipe, as CPython's selector loop does.

export const asyncioEventsSource: string = String.raw`"""gilpy's asyncio event loop."""

import _thread
import time as _time
import heapq as _heapq
from math import ceil as _ceil
import collections as _collections
import threading as _threading
from asyncio.futures import (Future, Task, iscoroutine, ensure_future, wrap_future, isfuture,
                             _get_running_loop, _set_running_loop, _callback_source)

__all__ = ('AbstractEventLoop', 'BaseEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle')

_LONGEST_WAIT = 24 * 3600.0


class Handle:
    """A callback with its arguments, queued on a loop."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = _callback_source(self._callback, self._args)
            self._loop.call_exception_handler({'message': f'Exception in callback {where}',
                                               'exception': exc, 'handle': self})


class TimerHandle(Handle):
    """A callback due at a time of the loop's clock."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        return self._when < other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return self._when == other._when and self._callback == other._callback and \
                self._args == other._args and self._cancelled == other._cancelled
        return NotImplemented

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface every event loop offers."""


def _run_until_complete_cb(fut):
    # run_forever already ended when the future carried SystemExit or KeyboardInterrupt out of a callback.
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        fut.get_loop().stop()


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = _collections.deque()
        self._scheduled = []
        self._seq = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._default_executor = None
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        self._readers = {}
        self._writers = {}
        self._self_pipe = None

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self._closed} debug={self._debug}>'

    # -- running --

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        made_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if made_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        if self._self_pipe is not None:
            for s in self._self_pipe:
                s.close()
            self._self_pipe = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return _time.monotonic()

    def _run_once(self):
        heap = self._scheduled
        while heap and heap[0][2]._cancelled:
            _heapq.heappop(heap)[2]._scheduled = False
        if self._ready or self._stopping:
            timeout = 0
        elif heap:
            timeout = min(max(0, heap[0][0] - self.time()), _LONGEST_WAIT)
        else:
            timeout = None
        self._wait(timeout)
        ready = self._ready
        due = self.time() + self._clock_resolution
        while heap and heap[0][0] < due:
            handle = _heapq.heappop(heap)[2]
            handle._scheduled = False
            ready.append(handle)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _wait(self, timeout):
        if self._readers or self._writers:
            self._select(timeout)
        elif timeout is None:
            self._wakeup.acquire()
        elif timeout <= 0:
            self._wakeup.acquire(False)
        else:
            # CPython's epoll selector waits whole milliseconds, rounding up; timers falling due within
            # that overshoot run in the same iteration, so do the same (it decides output order).
            self._wakeup.acquire(True, _ceil(timeout * 1e3) * 1e-3)

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass
        pipe = self._self_pipe
        if pipe is not None:
            try:
                pipe[1].send(b'\0')
            except OSError:
                pass

    # -- callbacks --

    def _checked(self, callback, method):
        # CPython checks callbacks only in debug mode (and always for run_in_executor).
        if not self._debug and method != 'run_in_executor':
            return
        if iscoroutine(callback) or type(callback).__name__ == 'function' and \
                callback.__code__.co_flags & 0x80:
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        self._checked(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        self._checked(callback, 'call_soon_threadsafe')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._checked(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        self._seq += 1
        _heapq.heappush(self._scheduled, (when, self._seq, timer))
        timer._scheduled = True
        return timer

    def _timer_cancelled(self, handle):
        pass

    # -- futures and tasks --

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- threads --

    def set_default_executor(self, executor):
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        self._checked(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is None:
            return
        done = self.create_future()

        def shut():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_result, None)
            except BaseException as exc:
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_exception, exc)

        thread = _threading.Thread(target=shut)
        thread.start()
        try:
            await done
        finally:
            thread.join()

    async def shutdown_asyncgens(self):
        pass

    # -- errors --

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines),
                                           exc_info=(type(exc), exc, exc.__traceback__) if exc is not None else False)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        try:
            if handler is None:
                self.default_exception_handler(context)
            else:
                handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if handler is None:
                return
            try:
                self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                                'exception': exc, 'context': context})
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass

    # -- file descriptors (select.select over a self-pipe) --

    def _select(self, timeout):
        import select
        if self._self_pipe is None:
            import socket
            pair = socket.socketpair()
            for s in pair:
                s.setblocking(False)
            self._self_pipe = pair
        rpipe = self._self_pipe[0]
        rlist = [rpipe] + list(self._readers)
        wlist = list(self._writers)
        if self._wakeup.acquire(False):
            timeout = 0
        elif timeout is not None:
            timeout = _ceil(timeout * 1e3) * 1e-3
        start = self.time()
        r, w, _ = select.select(rlist, wlist, [], timeout)
        if not r and not w and timeout:
            # Under gilpy's virtual clock a select on real sockets times out on a real timer without moving
            # the clock; wait out the rest on the scheduler clock so timers still fall due.
            left = start + timeout - self.time()
            if left > 0:
                self._wakeup.acquire(True, left)
            return
        for fd in r:
            if fd is rpipe:
                try:
                    while rpipe.recv(4096):
                        pass
                except OSError:
                    pass
                continue
            handle = self._readers.get(fd)
            if handle is not None and not handle._cancelled:
                self._ready.append(handle)
        for fd in w:
            handle = self._writers.get(fd)
            if handle is not None and not handle._cancelled:
                self._ready.append(handle)

    async def sock_connect(self, sock, address):
        from asyncio.streams import sock_connect
        return await sock_connect(self, sock, address)

    async def sock_recv(self, sock, n):
        from asyncio.streams import sock_recv
        return await sock_recv(self, sock, n)

    async def sock_sendall(self, sock, data):
        from asyncio.streams import sock_sendall
        return await sock_sendall(self, sock, data)

    async def sock_accept(self, sock):
        from asyncio.streams import sock_accept
        return await sock_accept(self, sock)

    async def create_connection(self, protocol_factory, host=None, port=None, **kwds):
        from asyncio.transports import create_connection
        return await create_connection(self, protocol_factory, host, port, **kwds)

    async def create_server(self, protocol_factory, host=None, port=None, **kwds):
        from asyncio.transports import create_server
        return await create_server(self, protocol_factory, host, port, **kwds)

    def add_reader(self, fd, callback, *args):
        self._check_closed()
        self._readers[fd] = Handle(callback, args, self)

    def remove_reader(self, fd):
        return self._readers.pop(fd, None) is not None

    def add_writer(self, fd, callback, *args):
        self._check_closed()
        self._writers[fd] = Handle(callback, args, self)

    def remove_writer(self, fd):
        return self._writers.pop(fd, None) is not None


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop asyncio makes on Linux."""


SelectorEventLoop = _UnixSelectorEventLoop
`;
