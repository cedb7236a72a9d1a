import math
class C:
    pass
for f in [lambda: C().missing, lambda: C.missing, lambda: math.missing, lambda: "s".missing, lambda: (1).missing, lambda: None.missing, lambda: [].missing, lambda: int.missing]:
    try:
        f()
    except AttributeError as e:
        print(e)
class Slotted:
    __slots__ = ()
try:
    Slotted().x = 1
except AttributeError as e:
    print(e)
class WithSuggestion:
    def __init__(self):
        self.counter = 1
try:
    WithSuggestion().countr
except AttributeError as e:
    print(e)
WithSuggestion().countr
