import typing
from typing import *
print(List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int], str], Callable[..., int], Tuple[()], Tuple[int, ...])
print(ClassVar[int] == 'x', Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
T = TypeVar('T'); K = TypeVar('K', covariant=True)
print(T, K, AnyStr)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v)
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P.__annotations__)
class TD(TypedDict):
    a: int
print(TD(a=1), is_typeddict(TD))
def f(a: 'int', b: List['str']) -> None: pass
print(get_type_hints(f))
class C:
    x: 'Optional[int]'
    y: int
print(get_type_hints(C))
print(cast(int, 'x'), get_origin(List[int]), get_args(Dict[str, int]), get_args(Annotated[int, 'm']))
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
print(NewType('UserId', int)(5), NewType('UserId', int))
class Pr(Protocol):
    def m(self) -> int: ...
print(Pr.__name__, Literal[1, 'a'], Final[int], Annotated[int, 'x'])
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, Sequence))
