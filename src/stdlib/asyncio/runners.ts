// runners.ts — asyncio.runners: the event loop policy (one current loop per thread: get_event_loop,
// set_event_loop, new_event_loop) and asyncio.run / Runner, which make a loop, run a coroutine on it and
// clean up (cancel what is left, stop the default executor, close).
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-runner.html and -policy.html and
// what python3 3.11 does (no DeprecationWarning from get_event_loop() in 3.11.7's main thread).

export const asyncioRunnersSource: string = String.raw`"""gilpy's asyncio policy and runner."""

import threading as _threading
from asyncio.futures import iscoroutine, _get_running_loop, all_tasks
from asyncio.events import AbstractEventLoop, _UnixSelectorEventLoop

__all__ = ('AbstractEventLoopPolicy', 'DefaultEventLoopPolicy', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'run', 'Runner')


# ---- the policy: one current loop per thread ----

class AbstractEventLoopPolicy:
    """How get_event_loop and friends find a loop."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):

    def __init__(self):
        self._local = _threading.local()

    def get_event_loop(self):
        local = self._local
        loop = getattr(local, 'loop', None)
        if loop is None and not getattr(local, 'set_called', False) and \
                _threading.current_thread() is _threading.main_thread():
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError(f'There is no current event loop in thread {_threading.current_thread().name!r}.')
        return loop

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local.set_called = True
        self._local.loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# ---- asyncio.run ----

class Runner:
    """Runs coroutines on one loop it makes, and cleans that loop up on close()."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._loop_factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    left = all_tasks(loop)
    if not left:
        return
    for task in left:
        task.cancel()
    from asyncio.tasks import gather
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for task in left:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({'message': 'unhandled exception during asyncio.run() shutdown',
                                         'exception': task.exception(), 'task': task})
`;
