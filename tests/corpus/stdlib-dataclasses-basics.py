from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses
for src in ['''
@dataclass
class A:
    x: int = 0
    y: int
''','''
@dataclass
class A:
    x: list = []
''','''
@dataclass(order=True, eq=False)
class A:
    x: int
''','''
@dataclass
class A:
    x: int = field(default=1, default_factory=list)
''']:
    try: exec(src)
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, repr=False)
print(P(1), P(1,2) == P(1,2), P.__init__.__qualname__, asdict(P(1)), astuple(P(1)), replace(P(1), y=5))
try: P()
except TypeError as e: print(e)
try: P(1,2,3,4)
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    x: int
f = F(1)
try: f.x = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.x
except FrozenInstanceError as e: print(e)
print(hash(f) == hash((1,)), F.__hash__ is not None, P.__hash__)
@dataclass(order=True)
class O:
    a: int
    b: str
print(O(1,'a') < O(1,'b'), sorted([O(2,'a'), O(1,'z')]))
try: O(1,'a') < 5
except TypeError as e: print(e)
@dataclass
class Q:
    a: int
    def __post_init__(self): self.b = self.a * 2
print(Q(3).b, Q(3))
print(dataclasses.is_dataclass(Q), dataclasses.is_dataclass(Q(1)))
@dataclass
class R:
    x: int
    _: KW_ONLY
    y: int = 1
print(R(1, y=2))
try: replace(P(1), q=1)
except TypeError as e: print(e)
@dataclass(unsafe_hash=True)
class U:
    x: int
print(hash(U(1)) == hash((1,)))
@dataclass
class Nest:
    p: P
    l: list
print(asdict(Nest(P(1), [P(2)])))
@dataclass
class I:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.x *= scale
print(I(2, 3), len(fields(I)), [f.name for f in fields(P)])
print(P.__match_args__, list(P.__dataclass_fields__.keys()), P.__doc__)
@dataclass
class Child(P):
    w: int = 9
print(Child(1, 2, [], 3))
