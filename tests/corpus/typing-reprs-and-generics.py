import typing
from typing import *
T = TypeVar('T')
items = [List, Dict, Optional[List[int]], Union[int, None], Union[None, int], Union[int, str, None], Tuple[int, str], Tuple[int, ...],
 Type[int], Iterable[str], Callable[..., None], Callable[[], int], Literal['a', 1], Annotated[List[int], 'meta'],
 ClassVar[int], Final[str], Any, NoReturn, Sequence[T], Dict[str, Any], List['Foo'], Set[int], FrozenSet[str], DefaultDict[str, int], Deque[int], Counter[str], typing.OrderedDict[str, int], Generator[int, None, None], Mapping[str, int], Optional[Union[int, str]], Union[int], Union[int, int]]
for it in items: print(repr(it))
print(get_origin(List[int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(Callable[[int], str]))
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == list[int])
class Node(Generic[T]):
    pass
print(Node[int], Node.__parameters__ if hasattr(Node, '__parameters__') else '-')
try: List[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
print(typing.TYPE_CHECKING, T.__name__, TypeVar('U', bound=int).__bound__)
try: TypeVar('X', int)
except TypeError as e: print(e)
try: ClassVar[int, str]
except TypeError as e: print(e)
print(isinstance([], typing.List), isinstance({}, typing.Mapping))
