from dataclasses import dataclass, field, asdict, fields, InitVar
from typing import ClassVar, List, Optional
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default='x', repr=False, compare=False)
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.price * 2
        Item.count += 1
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self): return Version(self.major, self.minor + 1)
a = Item('pen', 1.5)
print(a, Item.count, a == Item('pen', 1.5, secret='y'), [f.name for f in fields(a)], asdict(a))
print(sorted([Version(2), Version(1, 5), Version(1)]), {Version(1), Version(1)}, Version(1).bump(), Version(1) < Version(1, 1))
print(Item.__doc__, Version.__doc__)
@dataclass
class Tree:
    value: int
    children: "list[Tree]" = field(default_factory=list)
    parent: "Optional[Tree]" = None
t = Tree(1, [Tree(2), Tree(3)])
print(t, asdict(t))
@dataclass
class P:
    x: int
    @property
    def double(self): return self.x * 2
print(P(3).double, P(3))
try:
    Version(1).major = 3
except Exception as e: print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 10))
print(repr(Item.__init__.__qualname__), Item.__eq__ is not None, Item.__hash__)
