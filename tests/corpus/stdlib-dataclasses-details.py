from dataclasses import *
import dataclasses
from typing import ClassVar
import abc
@dataclass(slots=True, frozen=True)
class S:
    x: int
    y: int = field(default=5, init=False)
s = S(1); print(s, S.__slots__, hash(s) == hash((1, 5)))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__doc__, K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class C:
    n: ClassVar[int] = 3
    x: int = 0
    lst: list = field(default_factory=list)
    iv: InitVar[int] = 7
    def __post_init__(self, iv): self.z = iv
c = C(); print(c, c.z, C.n, [f.name for f in fields(C)])
print(replace(c, x=4, iv=1))
@dataclass
class R:
    other: object = None
r = R(); r.other = r; print(r)
@dataclass(order=True)
class O:
    a: int
    b: int = field(compare=False)
print(O(1, 2) == O(1, 3), O(1, 2) < O(2, 0), O.__hash__)
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        a: int
        def __hash__(self): return 1
except TypeError as e: print(e)
@dataclass
class E:
    a: int
    def __eq__(self, o): return True
print(E.__hash__)
@dataclass
class D(abc.ABC):
    a: int
    @abc.abstractmethod
    def f(self): ...
print(D.__abstractmethods__)
try: D(1)
except TypeError as e: print(e)
@dataclass(frozen=True)
class FB: a: int
try:
    @dataclass
    class FC(FB): b: int = 0
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class FD(K): b: int = 0
except TypeError as e: print(e)
try:
    @dataclass
    class X:
        y = field()
except TypeError as e: print(e)
try:
    @dataclass
    class X2:
        y: ClassVar[list] = field(default_factory=list)
except TypeError as e: print(e)
M = make_dataclass('M', [('a', int), 'b'], bases=(), namespace={'f': lambda self: 42}, frozen=True)
print(M(1, 2), M(1,2).f(), M.__doc__, M.__qualname__)
for bad in [['1a'], ['class'], ['a', 'a'], [('a', int, 1, 2)]]:
    try: make_dataclass('Z', bad)
    except TypeError as e: print(e)
print(asdict(M(1, [M(2, (3, 4))])), astuple(M(1, {'k': M(2, 3)})))
try: asdict(1)
except TypeError as e: print(e)
try: astuple(M)
except TypeError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
try: replace(1)
except TypeError as e: print(e)
@dataclass
class NI:
    a: int
    b: int = field(default=0, init=False)
try: replace(NI(1), b=2)
except ValueError as e: print(e)
@dataclass
class IV:
    a: int
    q: InitVar[int]
    def __post_init__(self, q): pass
try: replace(IV(1, 2))
except ValueError as e: print(e)
print(IV.__doc__, IV.__init__.__qualname__, IV.__repr__.__qualname__, IV.__repr__.__name__)
@dataclass
class Self:
    self: int
print(Self(3))
print(dataclasses.InitVar[int])
print(IV.__dataclass_params__, IV.__dataclass_fields__['q']._field_type)
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
@dataclass(eq=False)
class NE: a: int
print(NE.__hash__ is object.__hash__)
@dataclass(frozen=True)
class FH: a: list
print(FH.__hash__ is not None)
try: hash(FH([1]))
except TypeError as e: print(e)
@dataclass
class Inh(K):
    c: int = 3
print(Inh(a=1), Inh.__doc__)
class Plain:
    x = 5
@dataclass
class FromPlain(Plain):
    x: int
print(FromPlain())
import typing
@dataclass
class T:
    a: typing.Optional[int] = None
    b: list[int] = None
    c: 'str' = ''
print(T.__doc__)
