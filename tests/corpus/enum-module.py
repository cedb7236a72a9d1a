from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"].value, Color.BLUE.name, list(Color), Color.RED in Color)
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, int(Level.LOW))
try:
    Color(7)
except ValueError as e:
    print(e)
