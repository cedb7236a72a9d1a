// abc.ts — the abc module: ABCMeta, ABC, abstractmethod and its classmethod/staticmethod/property forms.
// Python source written for gilpy from docs.python.org/3.11/library/abc.html and from what python3 3.11
// does; no CPython code. object.__new__ refuses classes whose __abstractmethods__ is not empty, so all this
// module has to do is keep that set right and answer isinstance/issubclass through registration and hooks.

export const abcSource: string = `"""gilpy's abc: abstract base classes (ABCMeta, ABC) and the abstractmethod decorator."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods left cannot be instantiated."""
    return _mark(funcobj)


def _mark(wrapped):
    setattr(wrapped, '__isabstractmethod__', True)
    return wrapped


class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(_mark(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(_mark(callable))


class abstractproperty(property):
    """Deprecated spelling of @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod are abstract when what they wrap is (in case the
    # builtin wrapper does not report it itself).
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, '__isabstractmethod__', False))
    return False


def _compute_abstracts(cls, own_items):
    # Abstract names: the class's own abstract attributes, plus inherited ones it has not overridden.
    found = {name for name, value in own_items if _is_abstract(value)}
    for parent in cls.__bases__:
        for name in getattr(parent, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                found.add(name)
    return frozenset(found)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and registered virtual subclasses."""

    def __new__(meta, name, bases, namespace, /, **kwargs):
        made = type.__new__(meta, name, bases, namespace, **kwargs)
        made.__abstractmethods__ = _compute_abstracts(made, list(namespace.items()))
        made._abc_registry = []
        return made

    def register(cls, subclass):
        """Declares subclass a virtual subclass of this ABC; gives subclass back (usable as a decorator)."""
        if not isinstance(subclass, type):  # a class, or nothing
            raise TypeError('Can only register classes')
        if not issubclass(subclass, cls):
            cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            verdict = hook.__get__(None, cls)(subclass)
            if verdict is not NotImplemented:
                return bool(verdict)
        # Registered classes, then real subclasses, may accept it in turn.
        candidates = list(cls._abc_registry) + [c for c in type.__subclasses__(cls) if c is not cls]
        return any(issubclass(subclass, c) for c in candidates)

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)


class ABC(metaclass=ABCMeta):
    """Base class that makes a class abstract through inheritance instead of metaclass=ABCMeta."""
    __slots__ = ()


def get_cache_token():
    """gilpy keeps no isinstance cache for ABCs, so the token never changes."""
    return 0


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced (used by dataclasses)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls, list(cls.__dict__.items()))
    return cls
`;
