import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Shape()
except TypeError as e: print(e)
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    name = 'sq'
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
try: Reg.register(3)
except TypeError as e: print(e)
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), issubclass(int, Hooked))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterable), issubclass(It, cabc.Iterator), issubclass(It, cabc.Sized))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), cabc.Hashable), isinstance(1, cabc.Hashable))
class A2(ABC):
    @abc.abstractclassmethod
    def m(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(A2.__abstractmethods__))
class Later(ABC):
    @abstractmethod
    def f(self): ...
class Impl(Later): pass
Impl.f = lambda self: 1
abc.update_abstractmethods(Impl)
print(Impl().f(), abc.get_cache_token() == abc.get_cache_token())
try: issubclass(3, Reg)
except TypeError as e: print(e)
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
print(sorted(CM.__abstractmethods__))
class Sub(Hooked): pass
print(isinstance(Duck(), Sub))
class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls
class WithMeta(metaclass=Meta2):
    @abstractmethod
    def go(self): ...
print(WithMeta.tag, WithMeta.__abstractmethods__, type(WithMeta).__name__, type(ABC), ABC.__abstractmethods__)
import io
s = io.StringIO(); Reg._dump_registry(s); print(s.getvalue().splitlines()[0])
try:
    Reg.register(Reg)
except Exception as e: print(type(e).__name__)
print(issubclass(WithMeta, ABC), isinstance(WithMeta, ABCMeta))
