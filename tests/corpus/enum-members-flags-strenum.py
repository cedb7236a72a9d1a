import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 'r'
    GREEN = 'g'
    @property
    def pretty(self): return self.name.title()
    @classmethod
    def default(cls): return cls.RED
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() in ('R', 'G'):
            return cls(value.lower())
        return None
print(f"{Color.RED}", format(Color.RED, '>12') + '|', Color('R'), Color.RED.pretty, Color.default(), type(Color), Color.RED.__class__)
print(Color.__members__, list(Color.__members__.items()))
try: Color('x')
except ValueError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE < Num.TWO, Num.ONE == 1, f"{Num.TWO}", f"{Num.TWO:03d}", Num.TWO * 3, int(Num.ONE), str(Num.ONE), Num(2) is Num.TWO, hash(Num.ONE) == hash(1))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), Perm.RWX, Perm(6), list(Perm(6)), Perm.R in Perm.RWX, Perm.R | Perm.W | Perm.X, Perm(0), bool(Perm(0)))
class St(StrEnum):
    A = auto()
    B = 'bee'
print(St.A.upper(), St.B + '!', f"{St.A}", [m.value for m in St], 'a' in [m for m in St])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), len(Shape), Shape['ALIAS_FOR_SQUARE'])
print(auto(), repr(Color.RED.value), Color.RED.name, sorted(Num, reverse=True))
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    def __str__(self): return self.name.lower()
print(Ordinal.FIRST, repr(Ordinal.SECOND), [o.value for o in Ordinal])
try:
    Color.RED.value = 5
except AttributeError as e: print('AttributeError', e)
print(isinstance(Color.RED, Enum), issubclass(Num, int), Num.__members__.keys())
