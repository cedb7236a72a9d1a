// abc.ts — collections.abc: the container ABCs, with their mixin methods.
// Python source written for gilpy from docs.python.org/3.11/library/collections.abc.html (the table of
// abstract and mixin methods) and from what python3 3.11 does; no CPython code. isinstance/issubclass answer
// by the methods a class defines (each one-trick ABC's __subclasshook__) or by registration.

export const collectionsAbcSource: string = `"""Abstract Base Classes for containers (gilpy): isinstance checks by the methods a class defines,
and mixin methods for classes that inherit from them."""

from abc import ABCMeta
from abc import abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
           'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView',
           'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']

_GenericAlias = type(list[int])


def _check_methods(klass, *names):
    # True when each name is defined along the MRO and not set to None where first found.
    for name in names:
        owner = next((k for k in klass.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _declare(name, names, bases, body, meta=ABCMeta):
    body.update(__slots__=(), __module__='collections.abc')
    made = meta(name, bases, body)

    # Recognise classes that define *names*, but only for this ABC (subclasses must be inherited from).
    def __subclasshook__(cls, candidate):
        if cls is not made:
            return NotImplemented
        return _check_methods(candidate, *names)
    made.__subclasshook__ = classmethod(__subclasshook__)
    return made


def _empty_generator(self):
    return
    yield


# ---- one-trick ABCs: recognised by one or a few methods ----

Hashable = _declare('Hashable', ('__hash__',), (), {'__hash__': abstractmethod(lambda self: 0)})
Awaitable = _declare('Awaitable', ('__await__',), (), {'__await__': abstractmethod(_empty_generator)})
Iterable = _declare('Iterable', ('__iter__',), (), {'__iter__': abstractmethod(_empty_generator),
                                                   '__class_getitem__': classmethod(_GenericAlias)})
Sized = _declare('Sized', ('__len__',), (), {'__len__': abstractmethod(lambda self: 0)})
Container = _declare('Container', ('__contains__',), (), {'__contains__': abstractmethod(lambda self, x: False),
                                                         '__class_getitem__': classmethod(_GenericAlias)})


def _stop(self, *args):
    raise StopIteration


def _reraise(self, typ, val=None, tb=None):
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _generator_close(self):
    try:
        self.throw(GeneratorExit)
    except StopIteration:
        return
    except GeneratorExit:
        return
    raise RuntimeError('generator ignored GeneratorExit')


Iterator = _declare('Iterator', ('__iter__', '__next__'), (Iterable,),
                    {'__next__': abstractmethod(_stop), '__iter__': lambda self: self})
Reversible = _declare('Reversible', ('__reversed__', '__iter__'), (Iterable,),
                      {'__reversed__': abstractmethod(_empty_generator)})
Generator = _declare('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (Iterator,),
                     {'__next__': lambda self: self.send(None), 'send': abstractmethod(_stop),
                      'throw': abstractmethod(_reraise), 'close': _generator_close})
Collection = _declare('Collection', ('__len__', '__iter__', '__contains__'), (Sized, Iterable, Container), {})
Coroutine = _declare('Coroutine', ('__await__', 'send', 'throw', 'close'), (Awaitable,),
                     {'send': abstractmethod(_stop), 'throw': abstractmethod(_reraise), 'close': _generator_close})


async def _async_stop(self, *args):
    raise StopAsyncIteration


AsyncIterable = _declare('AsyncIterable', ('__aiter__',), (), {'__aiter__': abstractmethod(lambda self: None)})
AsyncIterator = _declare('AsyncIterator', ('__aiter__', '__anext__'), (AsyncIterable,),
                         {'__anext__': abstractmethod(_async_stop), '__aiter__': lambda self: self})
AsyncGenerator = _declare('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'),
                          (AsyncIterator,), {'asend': abstractmethod(_async_stop),
                                             'athrow': abstractmethod(_async_stop)})


class _CallableMeta(ABCMeta):
    # Builtin functions may lack a visible __call__ on their type; callable() is the real test.
    def __instancecheck__(cls, obj):
        if cls is Callable:
            return callable(obj)
        return ABCMeta.__instancecheck__(cls, obj)


Callable = _declare('Callable', ('__call__',), (), {'__call__': abstractmethod(lambda self, *args, **kwargs: False),
                                                    '__class_getitem__': classmethod(_GenericAlias)},
                    _CallableMeta)


# ---- sets ----

class Set(Collection):
    """A read-only set: give __contains__, __iter__ and __len__; comparisons and operators come free."""
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return self.__le__(other) and len(other) > len(self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(item in self for item in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return self.__ge__(other) and len(other) < len(self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(other) == len(self) and all(item in other for item in self)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def _as_set(self, other):
        # Operands may be any iterable; None means "not ours to handle".
        if isinstance(other, Set):
            return other
        return self._from_iterable(other) if isinstance(other, Iterable) else None

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    __rand__ = __and__

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable([*self, *other])
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        right = self._as_set(other)
        if right is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in right)

    def __rsub__(self, other):
        left = self._as_set(other)
        if left is None:
            return NotImplemented
        return self._from_iterable(item for item in left if item not in self)

    def __xor__(self, other):
        right = self._as_set(other)
        if right is None:
            return NotImplemented
        only_left = [item for item in self if item not in right]
        return self._from_iterable(only_left + [item for item in right if item not in self])

    __rxor__ = __xor__

    def _hash(self):
        # An order-independent hash, for hashable Set subclasses to use as their __hash__.
        total = 0
        for item in self:
            total ^= hash(item) * 0x9E3779B1 & 0xFFFFFFFF
        return hash((len(self), total))


class MutableSet(Set):
    """A set that can change: give add and discard as well; remove, pop, clear and |= &= ^= -= come free."""
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        for value in list(self):
            self.discard(value)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---- mappings ----

class Mapping(Collection):
    """A read-only mapping: give __getitem__, __iter__ and __len__; get, keys, items, values, == come free."""
    __slots__ = ()
    __module__ = 'collections.abc'
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return {key: self[key] for key in self} == {key: other[key] for key in other}
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    __module__ = 'collections.abc'

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A mapping that can change: give __setitem__ and __delitem__ too; pop, update, setdefault come free."""
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, key, item):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **pairs):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in pairs:
            self[key] = pairs[key]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]


# ---- sequences ----

class Sequence(Reversible, Collection):
    """A read-only sequence: give __getitem__ and __len__; iteration, in, reversed, index, count come free."""
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                value = self[position]
            except IndexError:
                return
            yield value
            position += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        size = len(self)
        # Negative bounds count from the end, as for list.index.
        if (start or 0) < 0:
            start = max(0, start + size)
        if (stop or 0) < 0:
            stop = stop + size
        position = start or 0
        while stop is None or position < stop:
            try:
                found = self[position]
            except IndexError:
                break
            if found is value or found == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return len([v for v in self if v is value or v == value])


class MutableSequence(Sequence):
    """A sequence that can change: give __setitem__, __delitem__ and insert; append, pop, += come free."""
    __slots__ = ()
    __module__ = 'collections.abc'

    @abstractmethod
    def __setitem__(self, index, item):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, item):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        size = len(self)
        for i in range(size // 2):
            self[i], self[size - 1 - i] = self[size - 1 - i], self[i]

    def extend(self, values):
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    __slots__ = ()
    __module__ = 'collections.abc'


for _kind in (tuple, str, range, memoryview, bytes):
    if isinstance(_kind, type):
        Sequence.register(_kind)
for _kind in (list, bytearray):
    MutableSequence.register(_kind)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
ByteString.register(bytes)
ByteString.register(bytearray)
for _abc, _kind in ((KeysView, type({}.keys())), (ValuesView, type({}.values())), (ItemsView, type({}.items()))):
    if isinstance(_kind, type):
        _abc.register(_kind)
for _kind in (type(iter([])), type(iter(())), type(iter('')), type(iter(range(0))), type(iter({})), type(iter(set()))):
    if isinstance(_kind, type):
        Iterator.register(_kind)
del _abc, _kind
`;
