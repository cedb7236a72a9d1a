// abc.ts — collections.abc: the container ABCs.
// Python source written for gilpy from docs.python.org/3.11/library/collections.abc.html; no CPython code.
// isinstance/issubclass answer by the methods a class defines (each ABC's __subclasshook__) or registration.

export const collectionsAbcSource: string = `"""Abstract Base Classes for containers (gilpy): isinstance checks by the methods a class defines."""

from abc import ABCMeta
from abc import abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
           'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView',
           'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']


def _check_methods(klass, *names):
    # True when each name is defined along the MRO and not set to None where first found.
    for name in names:
        owner = next((k for k in klass.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _hook(*methods):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is _owner[0]:
            return _check_methods(C, *methods)
        return NotImplemented
    return __subclasshook__


class _CallableMeta(ABCMeta):
    # Builtin functions may lack a visible __call__ on their type; callable() is the real test.
    def __instancecheck__(cls, obj):
        if cls.__name__ == 'Callable' and cls.__module__ == 'collections.abc':
            return callable(obj)
        return ABCMeta.__instancecheck__(cls, obj)


def _make(name, methods, bases=(), abstract=(), meta=ABCMeta):
    ns = {'__slots__': (), '__module__': 'collections.abc'}
    for m in abstract:
        def f(self, *args):
            raise NotImplementedError
        f.__name__ = m
        ns[m] = abstractmethod(f)
    cls = meta(name, bases, ns)
    if methods:
        def __subclasshook__(klass, C, _cls=cls, _methods=methods):
            if klass is _cls:
                return _check_methods(C, *_methods)
            return NotImplemented
        cls.__subclasshook__ = classmethod(__subclasshook__)
    return cls


_owner = [None]

Hashable = _make('Hashable', ('__hash__',), abstract=('__hash__',))
Awaitable = _make('Awaitable', ('__await__',), abstract=('__await__',))
Coroutine = _make('Coroutine', ('__await__', 'send', 'throw', 'close'), (Awaitable,), ('send', 'throw'))
AsyncIterable = _make('AsyncIterable', ('__aiter__',), abstract=('__aiter__',))
AsyncIterator = _make('AsyncIterator', ('__aiter__', '__anext__'), (AsyncIterable,), ('__anext__',))
AsyncGenerator = _make('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'), (AsyncIterator,), ('asend', 'athrow'))
Iterable = _make('Iterable', ('__iter__',), abstract=('__iter__',))
Iterator = _make('Iterator', ('__iter__', '__next__'), (Iterable,), ('__next__',))
Reversible = _make('Reversible', ('__reversed__', '__iter__'), (Iterable,), ('__reversed__',))
Generator = _make('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), (Iterator,), ('send', 'throw'))
Sized = _make('Sized', ('__len__',), abstract=('__len__',))
Container = _make('Container', ('__contains__',), abstract=('__contains__',))
Collection = _make('Collection', ('__len__', '__iter__', '__contains__'), (Sized, Iterable, Container))
Callable = _make('Callable', ('__call__',), abstract=('__call__',), meta=_CallableMeta)
Set = _make('Set', (), (Collection,))
MutableSet = _make('MutableSet', (), (Set,), ('add', 'discard'))
Mapping = _make('Mapping', (), (Collection,), ('__getitem__',))
MutableMapping = _make('MutableMapping', (), (Mapping,), ('__setitem__', '__delitem__'))
MappingView = _make('MappingView', (), (Sized,))
KeysView = _make('KeysView', (), (MappingView, Set))
ItemsView = _make('ItemsView', (), (MappingView, Set))
ValuesView = _make('ValuesView', (), (MappingView, Collection))
Sequence = _make('Sequence', (), (Reversible, Collection), ('__getitem__',))
MutableSequence = _make('MutableSequence', (), (Sequence,), ('__setitem__', '__delitem__', 'insert'))
ByteString = _make('ByteString', (), (Sequence,))

for _t in (str, tuple, range, memoryview, bytes):
    if isinstance(_t, type):
        Sequence.register(_t)
for _t in (list, bytearray):
    MutableSequence.register(_t)
for _t in (frozenset,):
    Set.register(_t)
MutableSet.register(set)
MutableMapping.register(dict)
ByteString.register(bytes)
ByteString.register(bytearray)
for _abc, _t in ((KeysView, type({}.keys())), (ValuesView, type({}.values())), (ItemsView, type({}.items()))):
    if isinstance(_t, type):
        _abc.register(_t)
del _abc
del _t
`;
