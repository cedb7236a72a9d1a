from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, Tuple
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None
class Point(NamedTuple):
    x: int
    y: int = 0
print(first([3]), first([]), Box(5).item, Box[int](1).item)
p = Point(1)
print(p, p.x, p._replace(y=5), p._asdict(), Point._fields, tuple(p))
print(first.__annotations__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...])
