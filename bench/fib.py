# fib.py — recursion: many small Python calls (frame push/pop, int add, compare).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(3):
    total += fib(25)
print("checksum", total)
