try:
    with 5:
        pass
except TypeError as e:
    print(e)
class Half:
    def __enter__(self):
        return self
try:
    with Half():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
