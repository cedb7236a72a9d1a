// aliases.ts — small asyncio submodules that CPython splits out and course code imports by name
// (asyncio.exceptions, asyncio.queues, asyncio.coroutines, asyncio.protocols): each re-exports gilpy's names.

export const asyncioExceptionsSource: string = String.raw`"""asyncio's exception classes."""
from asyncio.futures import (CancelledError, InvalidStateError, TimeoutError, IncompleteReadError,
                             LimitOverrunError, SendfileNotAvailableError, BrokenBarrierError)
`;

export const asyncioQueuesSource: string = String.raw`"""asyncio's queues."""
from asyncio.locks import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
`;

export const asyncioCoroutinesSource: string = String.raw`"""asyncio's coroutine tests."""
from asyncio.futures import iscoroutine, iscoroutinefunction
`;

export const asyncioProtocolsSource: string = String.raw`"""asyncio's protocol classes."""
from asyncio.transports import BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol, SubprocessProtocol
`;
