def greet(name, greeting="hello"):
    """Return a greeting."""
    return f"{greeting}, {name}"
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__, greet.__defaults__)
print(greet.__code__.co_argcount, greet.__code__.co_varnames, greet.__code__.co_name)
greet.calls = 3
print(greet.calls, vars(greet))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def nodoc():
    pass
print(nodoc.__doc__)
