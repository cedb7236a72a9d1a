// typing.ts — the typing module: the names of type hints, subscriptable, with CPython reprs.
// Python source written for gilpy from docs.python.org/3.11/library/typing.html and from what python3 3.11
// prints; no CPython code. Hints are not checked at run time; the objects exist to be subscripted and printed.

export const typingSource: string = `"""Support for type hints (gilpy): the names of the typing module, subscriptable with readable reprs.

Type hints are not checked at run time, as in CPython; these objects exist so that annotated programs
run and print what CPython prints.
"""

import collections
import collections.abc
import functools
import sys

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
           'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
           'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs',
           'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
           'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict',
           'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern',
           'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
           'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
           'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'overload',
           'ParamSpecArgs', 'ParamSpecKwargs', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
           'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        owner = obj.__module__
        return obj.__qualname__ if owner == 'builtins' else owner + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)) and not isinstance(obj, _Alias):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _arg_repr(obj):
    if obj is type(None):
        return 'NoneType'
    return _type_repr(obj)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _convert(arg):
    # As in CPython, None in a subscript stands for NoneType and a string for a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class _Final:
    __slots__ = ()


class _Alias(_Final):
    """A subscripted form such as List[int]: keeps the origin and the arguments."""

    def __init__(self, origin, args, name, special=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special = special

    def __repr__(self):
        if self._special == 'union':
            args = self.__args__
            if len(args) == 2 and (args[0] is type(None) or args[1] is type(None)):
                other = args[0] if args[1] is type(None) else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
            return 'typing.Union[' + ', '.join(_arg_repr(a) for a in args) + ']'
        if self._special == 'callable':
            params, ret = self.__args__[:-1], self.__args__[-1]
            if len(params) == 1 and params[0] is ...:
                return f'typing.Callable[..., {_type_repr(ret)}]'
            return 'typing.Callable[[' + ', '.join(_type_repr(a) for a in params) + f'], {_type_repr(ret)}]'
        if self._special == 'empty_tuple':
            return f'{self._name}[()]'
        return f'{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return False
        if self._special == 'union' and other._special == 'union':
            return frozenset(self.__args__) == frozenset(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        # Unions compare equal in any order, so they hash their arguments as a set.
        if self._special == 'union':
            return hash(frozenset(self.__args__))
        return hash((self.__origin__,) + tuple(self.__args__))

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not callable(origin) or isinstance(origin, _SpecialForm):
            raise TypeError(f'Type {self._name} cannot be instantiated; use {origin.__name__}() instead'
                            if isinstance(origin, type) else f'Cannot instantiate {self!r}')
        return origin(*args, **kwargs)

    def __getitem__(self, params):
        params = _as_tuple(params)
        return _Alias(self.__origin__, tuple(_convert(p) for p in params), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, _bases):
        origin = self.__origin__
        return (origin,) if isinstance(origin, type) else ()

    def __instancecheck__(self, instance):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _Generic(_Final):
    """An unsubscripted alias of a collection (typing.List, typing.Iterable …)."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._name == 'typing.Tuple' and params == ():
            return _Alias(tuple, (), self._name, 'empty_tuple')
        if self._name == 'typing.Callable':
            args, result = params
            result = _convert(result)
            if args is ...:
                return _Alias(collections.abc.Callable, (..., result), self._name, 'callable')
            return _Alias(collections.abc.Callable, tuple(args) + (result,), self._name, 'callable')
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'typing.Tuple':
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self._name}; actual {len(params)}, expected {self._nparams}')
        return _Alias(self.__origin__, tuple(_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, _bases):
        return (self.__origin__,)

    def __instancecheck__(self, instance):
        return isinstance(instance, self.__origin__)

    def __subclasscheck__(self, klass):
        return self.__origin__ in getattr(klass, '__mro__', ()) or issubclass(klass, self.__origin__)

    def __or__(self, other):
        return Union[self, other]


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, args):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, args)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, instance):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _as_tuple(args):
    return args if isinstance(args, tuple) else (args,)


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    parameters = _as_tuple(parameters)
    flat = []
    for p in parameters:
        p = type(None) if p is None else _convert(p)
        if isinstance(p, _Alias) and p._special == 'union':
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if not any(item is f or item == f for f in flat):
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _Alias(Union, tuple(flat), 'typing.Union', 'union')


def _optional(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f'{self} requires a single type. Got {parameter!r}.')
    return Union[parameter, None]


def _generic_item(name):
    def getitem(self, parameters):
        return _Alias(self, _as_tuple(parameters), 'typing.' + name)
    return getitem


def _single_item(name):
    def getitem(self, parameter):
        if isinstance(parameter, tuple):
            raise TypeError(f'{self} accepts only single type. Got {parameter!r}.')
        return _Alias(self, (parameter,), 'typing.' + name)
    return getitem


def _literal(self, parameters):
    return _LiteralAlias(self, _as_tuple(parameters), 'typing.Literal')


class _LiteralAlias(_Alias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


def _annotated(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_Alias):
    def __init__(self, base, extras):
        super().__init__(base, (base,), 'typing.Annotated')
        self.__metadata__ = extras

    def __repr__(self):
        return f'typing.Annotated[{_type_repr(self.__origin__)}, ' + ', '.join(repr(a) for a in self.__metadata__) + ']'


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single_item('ClassVar'))
Final = _SpecialForm('Final', _single_item('Final'))
TypeGuard = _SpecialForm('TypeGuard', _single_item('TypeGuard'))
Unpack = _SpecialForm('Unpack', _single_item('Unpack'))
Required = _SpecialForm('Required', _single_item('Required'))
NotRequired = _SpecialForm('NotRequired', _single_item('NotRequired'))
Concatenate = _SpecialForm('Concatenate', _generic_item('Concatenate'))
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if contravariant and covariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types: class C(Generic[T]) works, C[int] gives an alias."""
    __slots__ = ()

    def __class_getitem__(cls, args):
        args = _as_tuple(args)
        if cls is Generic or cls is Protocol:
            # Generic[T] as a base: the alias resolves to the class and remembers its type variables.
            return _Alias(cls, args, 'typing.' + cls.__name__)
        return _Alias(cls, tuple(_convert(a) for a in args), cls.__module__ + '.' + cls.__qualname__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        found = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for arg in getattr(base, '__args__', ()):
                if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)) and arg not in found:
                    found.append(arg)
        if not found:
            found = [p for b in cls.__bases__ for p in getattr(b, '__parameters__', ())]
        cls.__parameters__ = tuple(found)


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


_ABC = collections.abc

Hashable = _Generic(_ABC.Hashable, 'typing.Hashable', 0)
Awaitable = _Generic(_ABC.Awaitable, 'typing.Awaitable', 1)
Coroutine = _Generic(_ABC.Coroutine, 'typing.Coroutine', 3)
AsyncIterable = _Generic(_ABC.AsyncIterable, 'typing.AsyncIterable', 1)
AsyncIterator = _Generic(_ABC.AsyncIterator, 'typing.AsyncIterator', 1)
Iterable = _Generic(_ABC.Iterable, 'typing.Iterable', 1)
Iterator = _Generic(_ABC.Iterator, 'typing.Iterator', 1)
Reversible = _Generic(_ABC.Reversible, 'typing.Reversible', 1)
Sized = _Generic(_ABC.Sized, 'typing.Sized', 0)
Container = _Generic(_ABC.Container, 'typing.Container', 1)
Collection = _Generic(_ABC.Collection, 'typing.Collection', 1)
Callable = _Generic(_ABC.Callable, 'typing.Callable')
AbstractSet = _Generic(_ABC.Set, 'typing.AbstractSet', 1)
MutableSet = _Generic(_ABC.MutableSet, 'typing.MutableSet', 1)
Mapping = _Generic(_ABC.Mapping, 'typing.Mapping', 2)
MutableMapping = _Generic(_ABC.MutableMapping, 'typing.MutableMapping', 2)
Sequence = _Generic(_ABC.Sequence, 'typing.Sequence', 1)
MutableSequence = _Generic(_ABC.MutableSequence, 'typing.MutableSequence', 1)
ByteString = _Generic(_ABC.ByteString, 'typing.ByteString', 0)
Tuple = _Generic(tuple, 'typing.Tuple')
List = _Generic(list, 'typing.List', 1)
Deque = _Generic(collections.deque, 'typing.Deque', 1)
Set = _Generic(set, 'typing.Set', 1)
FrozenSet = _Generic(frozenset, 'typing.FrozenSet', 1)
MappingView = _Generic(_ABC.MappingView, 'typing.MappingView', 1)
KeysView = _Generic(_ABC.KeysView, 'typing.KeysView', 1)
ItemsView = _Generic(_ABC.ItemsView, 'typing.ItemsView', 2)
ValuesView = _Generic(_ABC.ValuesView, 'typing.ValuesView', 1)
Dict = _Generic(dict, 'typing.Dict', 2)
DefaultDict = _Generic(collections.defaultdict, 'typing.DefaultDict', 2)
OrderedDict = _Generic(collections.OrderedDict, 'typing.OrderedDict', 2)
Counter = _Generic(collections.Counter, 'typing.Counter', 1)
ChainMap = _Generic(collections.ChainMap, 'typing.ChainMap', 2)
Generator = _Generic(_ABC.Generator, 'typing.Generator', 3)
AsyncGenerator = _Generic(_ABC.AsyncGenerator, 'typing.AsyncGenerator', 2)
Type = _Generic(type, 'typing.Type', 1)
ContextManager = _Generic(object, 'typing.ContextManager', 1)
AsyncContextManager = _Generic(object, 'typing.AsyncContextManager', 1)
Pattern = _Generic(object, 'typing.Pattern', 1)
Match = _Generic(object, 'typing.Match', 1)
Text = str


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overloads = {}


def overload(func):
    _overloads.setdefault(getattr(func, '__qualname__', None), []).append(func)

    def _overload_dummy(*args, **kwargs):
        raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated '
                                  'functions outside a stub module should always be followed by an '
                                  'implementation that is not @overload-ed.')
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (TypeError, AttributeError):
        pass  # objects that take no attributes are returned unmarked
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    if type(tp) is _AnnotatedAlias:
        return Annotated
    if isinstance(tp, (_Alias, _Generic)):
        if isinstance(tp, _Alias) and tp._special == 'union':
            return Union
        origin = tp.__origin__
        return origin
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if type(tp) is _AnnotatedAlias:
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, _Alias):
        if tp._special == 'callable':
            params = tp.__args__[:-1]
            if len(params) == 1 and params[0] is ...:
                return (..., tp.__args__[-1])
            return (list(params), tp.__args__[-1])
        return tp.__args__
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # Annotations given as strings are evaluated in the namespace they were written in.
    def resolve(value, scope, local):
        if value is None:
            return type(None)
        if isinstance(value, str):
            value = ForwardRef(value)
        if isinstance(value, ForwardRef):
            return eval(value.__forward_arg__, scope, local)
        if type(value) is _Alias and value._special != 'callable':
            inner = tuple(resolve(arg, scope, local) for arg in value.__args__)
            return _Alias(value.__origin__, inner, value._name, value._special)
        return value
    hints = {}
    if isinstance(obj, type):
        for base in obj.__mro__[::-1]:
            home = sys.modules.get(base.__module__)
            scope = globalns if globalns is not None else getattr(home, '__dict__', {})
            local = dict(vars(base)) if localns is None else localns
            for key, value in base.__dict__.get('__annotations__', {}).items():
                hints[key] = resolve(value, scope, local)
        return hints
    scope = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for key, value in (getattr(obj, '__annotations__', None) or {}).items():
        hints[key] = resolve(value, scope, localns)
    return hints


def is_typeddict(tp):
    return _TypedDictMeta in type(tp).__mro__


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.split('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except AttributeError:
            self.__module__ = '__main__'

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


class _NamedTupleMeta(type):
    def __new__(meta, name, bases, ns):
        annotated = ns.get('__annotations__', {})
        with_default = []
        for key in annotated:
            if key in ns:
                with_default.append(key)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {key} cannot follow default field{plural} "
                                f"{', '.join(with_default)}")
        nm_tpl = collections.namedtuple(name, list(annotated), defaults=[ns[n] for n in with_default],
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(annotated)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__'):
                continue
            if key not in nm_tpl._fields and key not in ('_fields', '_field_defaults', '_make', '_replace', '_asdict'):
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def _functional_namedtuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = collections.namedtuple(typename, [n for n, t in fields])
    nt.__annotations__ = dict(fields)
    return nt


def _nt_call(cls, *args, **kwargs):
    if cls is NamedTuple:
        return _functional_namedtuple(*args, **kwargs)
    return type.__call__(cls, *args, **kwargs)


_NamedTupleMeta.__call__ = _nt_call

# \`class P(NamedTuple)\` runs _NamedTupleMeta.__new__, which returns a collections.namedtuple class.
NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        tp_dict.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp_dict.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp_dict



def _functional_typeddict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)


def _td_call(cls, *args, **kwargs):
    if cls is TypedDict:
        return _functional_typeddict(*args, **kwargs)
    return dict(*args, **kwargs)


_TypedDictMeta.__call__ = _td_call
TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
`;
