def check(fn):
    def wrapper(*args):
        if not args:
            raise TypeError(f"{fn.__name__} needs arguments")
        return fn(*args)
    return wrapper
@check
def total(*nums):
    return sum(nums)
print(total(1, 2))
total()
