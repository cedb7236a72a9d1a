from dataclasses import dataclass, field, fields
@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list, repr=False)
@dataclass
class User(Base):
    name: str = "anon"
    def __post_init__(self):
        self.name = self.name.title()
u = User(1, name="ann lee")
print(u, [f.name for f in fields(u)], u.tags)
@dataclass(eq=False)
class Ref:
    x: int
print(Ref(1) == Ref(1))
@dataclass(slots=True)
class Pt:
    x: int = 0
    y: int = 0
print(Pt(1), Pt.__slots__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
