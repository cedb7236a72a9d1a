// selectors.ts — the selectors module as Python source: SelectorKey, BaseSelector and one implementation,
// SelectSelector on gilpy's select.select (DefaultSelector and the epoll/poll names are it). A wait parks
// only the calling thread. Follows docs.python.org/3.11/library/selectors.html; written for gilpy.

export const selectorsSource: string = String.raw`"""High-level I/O multiplexing for gilpy, on select.select()."""

import select
import _socket
import abc as _abc
import collections as _collections
import collections.abc as _cabc

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = _collections.namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = "What was registered: the file object, its descriptor, the events watched and the data."


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (TypeError, ValueError, AttributeError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _KeyView(_cabc.Mapping):
    """get_map(): file objects to their keys, read-only."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._keys)

    def __getitem__(self, fileobj):
        key = self._selector._keys.get(self._selector._fd_of(fileobj))
        if key is None:
            raise KeyError("{!r} is not registered".format(fileobj))
        return key

    def __iter__(self):
        return iter(self._selector._keys)


class BaseSelector(metaclass=_abc.ABCMeta):
    @_abc.abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @_abc.abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @_abc.abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @_abc.abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    """Keeps the registered keys and asks select.select() which are ready."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)
        self._readers = set()
        self._writers = set()

    def _fd_of(self, fileobj):
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fd_of(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._keys[key.fd] = key
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        try:
            key = self._keys.pop(self._fd_of(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        try:
            old = self._keys[self._fd_of(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != old.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != old.data:
            key = old._replace(data=data)
            self._keys[key.fd] = key
            return key
        return old

    def select(self, timeout=None):
        """[(key, events)] of the registered files that are ready, waiting up to timeout seconds."""
        if timeout is not None:
            timeout = max(timeout, 0)
        if not self._readers and not self._writers:
            select.select([], [], [], timeout)  # a plain wait (forever when timeout is None, as epoll)
            return []
        readable, writable, _ = select.select(list(self._readers), list(self._writers), [], timeout)
        readable, writable = set(readable), set(writable)
        ready = []
        for fd in readable | writable:
            key = self._keys.get(fd)
            if key is not None:
                events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
                ready.append((key, key.events & events))
        return ready

    def close(self):
        self._keys.clear()
        self._readers.clear()
        self._writers.clear()
        self._view = None

    def get_map(self):
        return self._view


class PollSelector(SelectSelector):
    pass


class EpollSelector(SelectSelector):
    """CPython's default on Linux: the select()-based selector, holding a descriptor of its own as an epoll
    object does (so the sockets made afterwards get the numbers they get under CPython)."""

    def __init__(self):
        super().__init__()
        self._epoll_fd = _socket._new(1, 1, 0)

    def fileno(self):
        return self._epoll_fd

    def close(self):
        if self._epoll_fd >= 0:
            _socket.close(self._epoll_fd)
            self._epoll_fd = -1
        super().close()


DefaultSelector = EpollSelector
`;
