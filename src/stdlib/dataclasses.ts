// dataclasses.ts — the dataclasses module: @dataclass, field, fields, asdict, astuple, replace, make_dataclass.
// Python source written for gilpy from the 3.11 documentation (docs.python.org/3.11/library/dataclasses.html)
// and from what python3 3.11 prints; no CPython code. Generated methods are compiled with exec() so that,
// as in CPython, their frames show as File "<string>" and argument errors name the real parameters.

export const dataclassesSource: string = `# gilpy's dataclasses: a class decorator that writes __init__, __repr__, comparisons and __hash__
# from the annotated fields of a class. (No module docstring: CPython's module has none either.)

import copy as _copy
import sys as _sys
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assignment to, or deletion of, a field of a frozen dataclass instance."""


# Markers. Their class names are the ones CPython's reprs show.
class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_FACTORY_MARK = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    # The three kinds of annotated name; repr() is the label Field.__repr__ prints.
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_NO_METADATA = _types.MappingProxyType({})


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and __post_init__, never stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, inner):
        return InitVar(inner)


class Field:
    """What field() returns and fields() lists: one attribute of a dataclass and its options."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        shown = ','.join(f'{key}={getattr(self, key)!r}' for key in Field.__slots__[:-1])
        return f'Field({shown},_field_type={self._field_type})'

    # A default that is itself a descriptor must still learn its attribute name.
    def __set_name__(self, owner, attr):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, attr)

    __class_getitem__ = classmethod(_types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *flags):
        for key, flag in zip(_DataclassParams.__slots__, flags):
            setattr(self, key, flag)

    def __repr__(self):
        shown = ','.join(f'{key}={getattr(self, key)!r}' for key in _DataclassParams.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Options for one field, used as the class attribute's value."""
    if MISSING is not default_factory and MISSING is not default:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- classifying annotations ----

def _has_factory(f):
    return f.default_factory is not MISSING


def _has_default(f):
    return f.default is not MISSING


def _annotation_is(annotation, typing_name, prefixes):
    if isinstance(annotation, str):
        return any(annotation == p or annotation.startswith(p + '[') for p in prefixes)
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    marker = getattr(typing, typing_name)
    return annotation is marker or getattr(annotation, '__origin__', None) is marker


def _kind_of(annotation):
    if _annotation_is(annotation, 'ClassVar', ('ClassVar', 'typing.ClassVar')):
        return _FIELD_CLASSVAR
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if isinstance(annotation, str) and annotation.split('[')[0] in ('InitVar', 'dataclasses.InitVar'):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _make_field(cls, name, annotation, kw_only_default):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        # A slot's member descriptor is not a default value.
        f = field(default=MISSING if isinstance(value, _types.MemberDescriptorType) else value)
    f.name, f.type = name, annotation
    f._field_type = kind = _kind_of(annotation)
    if kind is _FIELD_CLASSVAR:
        if _has_factory(f):
            raise TypeError(f'field {name} cannot have a default factory')
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        return f
    if kind is _FIELD_INITVAR and _has_factory(f):
        raise TypeError(f'field {name} cannot have a default factory')
    if f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # 3.11 rejects any unhashable default (list, dict, set, unhashable dataclasses ...).
    if kind is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
    return f


# ---- compiling generated methods ----

def _compile(cls, name, params, lines, env, module_globals, returns=''):
    """Builds method *name* of *cls* from source lines; *env* holds the names the body refers to."""
    outer = ', '.join(env)
    text = [f'def _factory({outer}):', f'    def {name}({", ".join(params)}){returns}:']
    text += ['        ' + line for line in lines]
    text.append(f'    return {name}')
    scope = {}
    exec('\\n'.join(text), module_globals, scope)
    method = scope['_factory'](**env)
    method.__qualname__ = cls.__qualname__ + '.' + name
    return method


def _attribute_tuple(owner, flds):
    return '(' + ''.join(f'{owner}.{f.name},' for f in flds) + ')'


def _install(cls, name, value):
    """Sets cls.name unless the class body defined it; tells whether it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _build_init(cls, init_fields, frozen, slots, has_post_init, module_globals):
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    defaulted = False
    for f in positional:
        if not f.init:
            continue
        if not (_has_factory(f) or _has_default(f)):
            if defaulted:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            defaulted = True
    me = '__dataclass_self__' if any(f.name == 'self' for f in init_fields) else 'self'
    env = {'__dataclass_HAS_DEFAULT_FACTORY__': _FACTORY_MARK, '__dataclass_builtins_object__': object,
           '__dataclass_return_type__': None}

    def param(f):
        env[f'__dataclass_type_{f.name}__'] = f.type
        text = f'{f.name}:__dataclass_type_{f.name}__'
        if _has_factory(f):
            return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return text + f'=__dataclass_dflt_{f.name}__'
        return text

    params = [me] + [param(f) for f in positional if f.init]
    if any(f.init for f in keyword):
        params += ['*'] + [param(f) for f in keyword if f.init]

    body = []
    for f in init_fields:
        if f._field_type is not _FIELD:
            continue
        if _has_factory(f):
            env[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            make = f'__dataclass_dflt_{f.name}__()'
            value = f'{make} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}' if f.init else make
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # A slotted class has no class attribute left to supply the default.
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({me},{f.name!r},{value})')
        else:
            body.append(f'{me}.{f.name}={value}')
    if has_post_init:
        extra = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({extra})')
    return _compile(cls, '__init__', params, body or ['pass'], env, module_globals,
                    ' -> __dataclass_return_type__')


def _guard_recursion(method):
    busy = set()

    def __repr__(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            return method(self)
        finally:
            busy.discard(key)
    __repr__.__qualname__ = method.__qualname__
    return __repr__


def _build_repr(cls, shown, module_globals):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    line = 'return self.__class__.__qualname__ + f"(' + parts + ')"'
    return _guard_recursion(_compile(cls, '__repr__', ['self'], [line], {}, module_globals))


def _build_compare(cls, name, op, flds, module_globals):
    lines = ['if other.__class__ is self.__class__:',
             f'    return {_attribute_tuple("self", flds)}{op}{_attribute_tuple("other", flds)}',
             'return NotImplemented']
    return _compile(cls, name, ['self', 'other'], lines, {}, module_globals)


def _build_frozen_guards(cls, flds, module_globals):
    names = tuple(f.name for f in flds)
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    test = f'if type(self) is cls or name in {names!r}:'
    setter = _compile(cls, '__setattr__', ['self', 'name', 'value'],
                      [test, '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                       'super(cls, self).__setattr__(name, value)'], env, module_globals)
    deleter = _compile(cls, '__delattr__', ['self', 'name'],
                       [test, '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'], env, module_globals)
    return setter, deleter


def _type_text(annotation):
    if isinstance(annotation, str):
        return repr(annotation)
    module = getattr(annotation, '__module__', None)
    if type(annotation) is type or isinstance(annotation, type):
        return annotation.__qualname__ if module == 'builtins' else module + '.' + annotation.__qualname__
    text = repr(annotation)
    return text.replace('typing.', '') if module == 'typing' else text


def _signature_text(cls, init_fields):
    # What inspect.signature(cls) shows, used for the generated __doc__.
    def one(f):
        text = f'{f.name}: {_type_text(f.type)}'
        if _has_factory(f):
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + f' = {f.default!r}'
        return text
    pos = [one(f) for f in init_fields if f.init and not f.kw_only]
    kw = [one(f) for f in init_fields if f.init and f.kw_only]
    return cls.__name__ + '(' + ', '.join(pos + (['*'] + kw if kw else [])) + ')'


# ---- the decorator ----

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    mod = _sys.modules.get(cls.__module__)
    module_globals = mod.__dict__ if mod is not None else {}
    setattr(cls, '__dataclass_params__', _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = {}
    inherits = False
    frozen_parent = False
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited is None:
            continue
        inherits = True
        all_fields.update((f.name, f) for f in inherited.values())
        frozen_parent = frozen_parent or base.__dataclass_params__.frozen

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))
    for f in own:
        all_fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)  # the plain value now
    for name in cls.__dict__:
        if name not in annotations and isinstance(cls.__dict__[name], Field):
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if inherits and frozen != frozen_parent:
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    setattr(cls, '__dataclass_fields__', all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # "__hash__ = None" that Python added because the body defines __eq__ does not count as explicit.
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]

    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _install(cls, '__init__', _build_init(cls, init_fields, frozen, slots, has_post_init, module_globals))
    if repr:
        _install(cls, '__repr__', _build_repr(cls, [f for f in real if f.repr], module_globals))
    if eq:
        _install(cls, '__eq__', _build_compare(cls, '__eq__', '==', compared, module_globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _install(cls, name, _build_compare(cls, name, op, compared, module_globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for method in _build_frozen_guards(cls, real, module_globals):
            if _install(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} in class {cls.__name__}')

    wants_hash = unsafe_hash or (eq and frozen)
    if unsafe_hash and explicit_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if wants_hash and not explicit_hash:
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _compile(cls, '__hash__', ['self'], [f'return hash({_attribute_tuple("self", hashed)})'],
                                {}, module_globals)
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        cls.__doc__ = _signature_text(cls, init_fields)
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in init_fields if f.init and not f.kw_only))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, real, frozen, weakref_slot)
    abc = _sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _with_slots(cls, real, frozen, weakref_slot):
    # __slots__ only works when given at class creation, so the class is made again.
    names = tuple(f.name for f in real)
    body = {key: value for key, value in cls.__dict__.items()
            if key not in names and key not in ('__dict__', '__weakref__')}
    body['__slots__'] = names + (('__weakref__',) if weakref_slot else ())
    if frozen:
        body.setdefault('__getstate__', _frozen_getstate)
        body.setdefault('__setstate__', _frozen_setstate)
    remade = type(cls)(cls.__name__, cls.__bases__, body)
    remade.__qualname__ = cls.__qualname__
    return remade


def _frozen_getstate(self):
    return [getattr(self, one.name) for one in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class, from its annotated fields."""
    def decorate(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    return decorate if cls is None else decorate(cls)


# ---- helpers on dataclasses and their instances ----

def fields(class_or_instance):
    """The Field objects of a dataclass (or instance), ClassVars and InitVars left out."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


def _convert(obj, pack):
    # pack(pairs) builds the result for a dataclass instance; containers are rebuilt with their own type.
    if _is_instance(obj):
        return pack([(f.name, _convert(getattr(obj, f.name), pack)) for f in fields(obj)])
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return kind(*[_convert(item, pack) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_convert(item, pack) for item in obj)
    if isinstance(obj, dict):
        return kind((_convert(k, pack), _convert(v, pack)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, converted recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converted recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Creates a dataclass from a list of names, (name, type) or (name, type, Field) items."""
    import keyword
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, body[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(ns):
        ns.update(body)
        ns.update(__annotations__=annotations)
    cls = _types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if _FIELD_CLASSVAR is f._field_type:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 f'replace()')
        elif f.name not in changes:
            if not _has_default(f) and f._field_type is _FIELD_INITVAR:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)  # unchanged fields keep their value
    return type(obj)(**changes)
`;
