from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int
i = Item("pen", 1.5)
i.tags.append("office")
print(i, i == Item("pen", 1.5, ["office"]), asdict(i), astuple(i), replace(i, price=2))
print(Pt(1, 2) < Pt(1, 3), sorted([Pt(2, 0), Pt(1, 5)]), hash(Pt(1, 2)) == hash(Pt(1, 2)))
try:
    Pt(1, 2).x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(e)
