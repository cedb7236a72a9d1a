import enum
from enum import Enum, IntEnum, auto, Flag, IntFlag, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color), Color.RED.name, Color.RED.value, Color.RED in Color, Color.RED is Color(1), type(Color.RED))
try: Color(5)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, N(1), f'{N.A}', str(N.A), format(Color.RED), f'{Color.RED}')
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.W), P(0), bool(P(0)), repr(P(0)))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class D2(Enum):
    A = 1
    B = 1
print(D2.B, list(D2), D2.__members__)
try: Color.RED = 5
except AttributeError as e: print(e)
print(Color.RED == 1, hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.RED], Color.__name__, Color.RED.__class__.__name__)
class S(str, Enum):
    X = 'x'
print(S.X, repr(S.X), S.X == 'x', S('x'))
class M(Enum):
    A = 1
    def describe(self): return f'{self.name}={self.value}'
    @property
    def twice(self): return self.value * 2
print(M.A.describe(), M.A.twice)
print(enum.Enum('Animal', 'ANT BEE'), list(enum.Enum('Animal', 'ANT BEE')))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, [c.name for c in reversed(Color)])
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | 1), Perm.R == 4)
for c in Color:
    print(c, c.value)
