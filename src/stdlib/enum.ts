// enum.ts — the enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.
// Python source written for gilpy from docs.python.org/3.11/library/enum.html and from what python3 3.11
// prints (reprs, errors); no CPython code. Members are made by the EnumType metaclass from the class body.

export const enumSource: string = `"""gilpy's enum: named constants as classes (Enum, IntEnum, StrEnum, Flag, IntFlag) and helpers."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto',
           'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
           'pickle_by_enum_name']

class _Unset:
    def __repr__(self):
        return '_auto_null'  # what auto() shows before a value is chosen, as in CPython


_UNSET = _Unset()


class auto:
    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = __builtins__['property'] if isinstance(__builtins__, dict) else __builtins__.property


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(owner, name):
    pattern = '_' + owner.lstrip('_') + '__'
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_member(owner, name, value):
    if isinstance(value, member):
        return True
    if isinstance(value, nonmember):
        return False
    if _is_dunder(name) or _is_sunder(name) or _is_private(owner, name):
        return False
    if isinstance(value, auto):
        return True
    if _is_descriptor(value) or isinstance(value, type):
        return False
    return True


def _find_member_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if object is not base._member_type_:
                    return base._member_type_
                continue
            return base
    return object


def _bits_of(value):
    bits = []
    i = 1
    while i <= value:
        if value & i:
            bits.append(i)
        i <<= 1
    return bits


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class _MemberAttribute:
    # Read-only attribute of members (name, value): assignment fails with CPython's enum message.
    def __init__(self, getter):
        self.getter = getter
        self.attr = getter.__name__
        self.__doc__ = getter.__doc__

    def __get__(self, instance, owner=None):
        return self if instance is None else self.getter(instance)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum 'Enum'> cannot set attribute {self.attr!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum 'Enum'> cannot delete attribute {self.attr!r}")


# Methods an enumeration takes from its Enum base even when a mixed-in type (int, str) precedes it in the MRO.
_ENUM_OWNED = ('__repr__', '__str__', '__format__', '__reduce_ex__')


class EnumType(type):
    """The class of every enumeration: builds members from the class body."""

    def __new__(meta, cls, bases, body, *, boundary=None, _simple=False, **extra):
        names = [k for k, v in body.items() if _is_member(cls, k, v)]
        values = {k: body[k] for k in names}
        ns = {k: (v.value if isinstance(v, nonmember) else v) for k, v in body.items() if k not in values}
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        member_type = _find_member_type(bases)
        ns['_member_type_'] = member_type
        made = super().__new__(meta, cls, bases, ns, **extra)
        # A mixed-in type (int, str) comes before Enum in the MRO; the enum's own repr/str/format win.
        for name in _ENUM_OWNED:
            if name in body:
                continue
            definers = [base for base in made.__mro__[1:-1] if name in base.__dict__]
            if definers and not isinstance(definers[0], EnumType):
                for base in definers:
                    if isinstance(base, EnumType):
                        type.__setattr__(made, name, base.__dict__[name])
                        break
        if any(isinstance(b, EnumType) and b._member_names_ for b in bases):
            base = [b for b in bases if isinstance(b, EnumType) and b._member_names_][0]
            raise TypeError(f'{made!r} cannot extend {base!r}')
        values_so_far = []
        gen = made._generate_next_value_
        for name in names:
            value = values[name]
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _UNSET:
                    value.value = gen(name, 1, len(values_so_far), values_so_far[:])
                value = value.value
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                item = object.__new__(made)
                if '_value_' not in item.__dict__:
                    item._value_ = value
            else:
                item = member_type.__new__(made, *args)
                item._value_ = member_type(*args)
            if '__init__' in body or any('__init__' in b.__dict__ for b in made.__mro__[1:-1]
                                               if isinstance(b, EnumType) and b not in (Enum, IntEnum, Flag, IntFlag, StrEnum, ReprEnum)):
                item.__init__(*args)
            item._name_ = name
            item._sort_order_ = len(made._member_names_)
            item.__objclass__ = made
            canonical = None
            for m in made._member_map_.values():
                if m._value_ == item._value_:
                    canonical = m
                    break
            if canonical is not None:
                item = canonical
            elif not (Flag and issubclass(made, Flag)) or _is_single_bit(item._value_):
                # Flags list only their one-bit members; multi-bit ones are named combinations.
                made._member_names_.append(name)
            made._member_map_[name] = item
            try:
                made._value2member_map_.setdefault(item._value_, item)
            except TypeError:
                pass
            type.__setattr__(made, name, item)
            values_so_far.append(value)
        # Calling the class looks a member up by value (Enum.__new__), never the mixed-in type's __new__.
        if '__new__' not in body and 'Enum' in globals():
            type.__setattr__(made, '__new__', Enum.__dict__['__new__'])
        return made

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        # One argument looks a member up; more build a new enumeration (the functional API).
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = ' '.join(names.split(',')).split()
        if isinstance(names, (tuple, list)) and len(names) > 0 and isinstance(names[0], str):
            names = [(name, number) for number, name in enumerate(names, start)]
        body = {}
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            body[name] = value
        body['__module__'] = module or '__main__'
        made = EnumType.__new__(EnumType, class_name, bases, body)
        if qualname is not None:
            made.__qualname__ = qualname
        return made

    def __contains__(cls, value):
        # 3.11 accepts only members here, warning that 3.12 will also accept values.
        if not isinstance(value, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will return True or\\n'
                          'False depending on whether the value is a member or the value of a member',
                          DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(value).__qualname__}' and "
                            f"'{type(cls).__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__}: cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[key] for key in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[key] for key in cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, attr, value):
        if attr in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {attr!r}')
        type.__setattr__(cls, attr, value)


EnumMeta = EnumType
Flag = IntFlag = None


class Enum(metaclass=EnumType):
    """Base class for enumerations: a fixed set of named, unique members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            found = cls._value2member_map_[value]
        except (KeyError, TypeError):
            # Unhashable values, or values equal to a member's without the same hash.
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        else:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')

    def __init__(self, *args, **kwargs):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, values_so_far):
        if not values_so_far:
            return start
        try:
            last = sorted(values_so_far)[-1] if all(isinstance(v, int) for v in values_so_far) else values_so_far[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ if hasattr(type(self), '_value_repr_') else repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, protocol):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_MemberAttribute
    def name(self):
        return self._name_

    @_MemberAttribute
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of the mixed-in type; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        return Enum.__new__(cls, *values)

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(str.__str__(self), spec)

    @staticmethod
    def _generate_next_value_(name, start, count, values_so_far):
        return name.lower()


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum):
    """Enum whose members combine with |, & and ^ into bit sets."""

    @staticmethod
    def _generate_next_value_(name, start, count, values_so_far):
        if not count:
            return 1 if start is None else start
        last = max(values_so_far)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = value & all_bits
        extra = value & ~all_bits
        keeps_extra = IntFlag is not None and issubclass(cls, IntFlag)  # IntFlag's boundary is KEEP
        if extra and not keeps_extra:
            width = max(value.bit_length(), all_bits.bit_length())
            raise ValueError(f'{cls!r} invalid value {value!r}\\n    given 0b0 {value:0{width}b}\\n'
                             f'  allowed 0b0 {all_bits:0{width}b}')
        if object is cls._member_type_:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_ and _bits_of(m._value_) == [m._value_]]
        if names and extra:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if type(self) is not type(other) and not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{type(self).__qualname__!r}")
        return (other._value_ & self._value_) == other._value_

    def __iter__(self):
        for m in type(self):
            if m._value_ and m._value_ & self._value_ == m._value_ and _bits_of(m._value_) == [m._value_]:
                yield m

    def __len__(self):
        return len(_bits_of(self._value_))

    def __repr__(self):
        label = type(self).__name__
        if self._name_ is None:
            return f'<{label}: {self._value_!r}>'
        return f'<{label}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        label = type(self).__name__
        if self._name_ is None:
            return f'{label}({self._value_!r})'
        return f'{label}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if type(self) is not type(other) and not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if type(self) is not type(other) and not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if type(self) is not type(other) and not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self)._member_map_.values():
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, Flag) and isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, Flag) and isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, Flag) and isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __invert__ = Flag.__invert__
    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    aliases = []
    for alias, target in enumeration.__members__.items():
        if alias != target.name:
            aliases.append((alias, target.name))
    if aliases:
        listing = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in aliases])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, listing))
    return enumeration


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def verify(*checks):
    return lambda enumeration: enumeration


def global_enum(enum_cls, update_str=False):
    return enum_cls


def global_enum_repr(self):
    return '%s.%s' % (type(self).__module__, self._name_)


def global_flag_repr(self):
    return '%s.%s' % (type(self).__module__, self._name_)


def global_str(self):
    return self._name_


def pickle_by_global_name(self, protocol):
    return self.name


def pickle_by_enum_name(self, protocol):
    return (getattr, (type(self), self._name_))
`;
