import math
import os.path
import collections as col
from functools import reduce, partial as part
from itertools import *
print(math.floor(2.5), os.path.basename("/a/b.txt"), col.Counter("aab")["a"])
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), part(pow, 2)(10))
print(list(islice(count(5), 3)))
import sys
print("math" in sys.modules, type(math).__name__)
