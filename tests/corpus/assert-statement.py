assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not bigger"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(e))
x = 3
assert x < 0, f"x was {x}"
