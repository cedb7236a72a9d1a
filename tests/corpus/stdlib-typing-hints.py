import typing as t
from typing import Any, Optional, List
print(t.List[int], t.Dict[str, int], t.Optional[int], t.Union[int, str], t.Union[int, None], t.Tuple[int, ...], t.Callable[[int, str], bool], t.Callable[..., int], t.Any, t.List, t.TypeVar('T'), t.Set['X'], t.Literal[1, 'a'], t.Final[int], t.ClassVar[int], t.Iterable[int], t.Optional[t.List[int]], t.Type[int], t.Sequence, t.Mapping[str, t.Any], t.Tuple[()], t.Union[int], t.Optional[t.Union[int, str]], t.Dict)
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.cast(int, 'x'), t.NewType('UserId', int), t.NewType('UserId', int)(5), t.Annotated[int, 'meta'], t.NoReturn)
class N(t.NamedTuple):
    x: int
    y: str = 'a'
print(N(1), N._fields, N.__annotations__)
class TD(t.TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)))
T = t.TypeVar('T')
class G(t.Generic[T]): pass
print(G[int], type(G()).__name__, t.TypeVar('U', bound=int), t.TypeVar('V', int, str), t.List[T])
print(t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[int, None], t.Any)
def f(a: int, b: Optional[List[str]] = None) -> Any: return a
print(f(3), f.__annotations__['b'])
import collections.abc as cabc
print(isinstance([], cabc.Iterable), isinstance(3, cabc.Iterable), isinstance({}, cabc.Mapping), issubclass(list, cabc.Sequence), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), Shape.__abstractmethods__)
try: Shape()
except TypeError as e: print(e)
