"""Module docstring."""
import os
print(__name__, __doc__, os.path.basename(__file__), type(__builtins__).__name__ in ("module", "dict"))
print(__spec__ is None or True, "print" in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
import math
print(math.__name__, type(math).__name__, hasattr(math, "__file__") or True)
