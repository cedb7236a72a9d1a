import warnings
warnings.simplefilter('ignore')
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.RED in Color, Color.__members__.keys() if False else list(Color.__members__))
try: Color(5)
except ValueError as e: print(e)
try: Color.RED = 4
except AttributeError as e: print(e)
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, f'{N.B}', format(N.A, '>3'), N(2), sorted([N.B, N.A]))
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(S.X, repr(S.Y), f'{S.Y}', S.X == 'x', S('yy'))
class P(Flag):
    R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, list(rw), len(rw), bool(P(0)), repr(P(0)), ~P.R)
class IP(IntFlag):
    A = 1; B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 2, IP(3))
try:
    @unique
    class U(Enum):
        a = 1; b = 1
except ValueError as e: print(e)
A = Enum('A', 'x y z')
print(list(A), A.y.value, repr(A))
B = Enum('B', [('p', 5), ('q', 6)])
print(B(6), B.p.name)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
print(Color.RED.name, Color.RED.value, hash(Color.RED) == hash('RED'), {Color.RED: 1})
class E2(Enum):
    a = 'x'
    def describe(self): return self.name.upper()
print(E2.a.describe(), E2('x'))
try:
    class E3(Color): pass
except TypeError as e: print(e)
print(repr(Color), repr(P), isinstance(Color.RED, Color), type(Color.RED))
class IP(IntFlag):
    A = 1; B = 2
print(repr(IP.A | 4), IP.A|4, repr(IP(8)), IP(8), repr(IP(0)), ~IP.A, repr(~IP.A))
class F(Flag):
    A=1;B=2
try: F(4)
except ValueError as e: print(e)
print(repr(~F.A), repr(F(0)))
class Color(Enum):
    RED = 1
print(Color.RED in Color, F.A in Color)
try: 1 in Color
except TypeError as e: print(e)
