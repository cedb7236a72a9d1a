def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
memo = {}
def fib_memo(n):
    if n not in memo:
        memo[n] = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
import itertools
print(fib_rec(20), fib_iter(20), list(itertools.islice(fib_gen(), 15)), fib_memo(200), fib_iter(300))
