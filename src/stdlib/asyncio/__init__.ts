// __init__.ts — the asyncio package: re-exports the names of its submodules (futures, events, runners, tasks, locks);
// streams and transports/protocols load on first use of one of their names, to keep `import asyncio` lean.
// Python source written for gilpy (docs.python.org/3.11/library/asyncio.html).

export const asyncioInitSource: string = String.raw`"""gilpy's asyncio: coroutines on an event loop, with tasks, timers, locks and queues."""

from asyncio.futures import *
from asyncio.events import *
from asyncio.runners import *
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.futures import _get_running_loop, _set_running_loop

_STREAM_NAMES = ('open_connection', 'start_server', 'StreamReader', 'StreamWriter', 'StreamReaderProtocol',
                 'Server')


_TRANSPORT_NAMES = ('BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol',
                    'BaseTransport', 'Transport', 'ReadTransport', 'WriteTransport')


def __getattr__(name):
    if name in _STREAM_NAMES:
        import asyncio.streams
        return getattr(asyncio.streams, name)
    if name in _TRANSPORT_NAMES:
        import asyncio.transports
        return getattr(asyncio.transports, name)
    raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
`;
