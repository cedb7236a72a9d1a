try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from _corpus_helper import nothing_here
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
import no_such_module_abc
