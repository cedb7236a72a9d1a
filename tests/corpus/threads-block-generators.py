# Blocking calls made inside generators, resumed by next(), for loops, comprehensions, send() and yield from:
# the generator's thread parks and other threads keep running.
from _threads_blocking import check


def gen(block):
    yield 1
    block()
    yield 2
    yield 3


def by_next(block):
    g = gen(block)
    return [next(g), next(g), next(g), next(g, "end")]


def by_for(block):
    out = []
    for x in gen(block):
        out.append(x * 10)
    return out


def echo(block):
    total = 0
    while True:
        x = yield total
        if x == 2:
            block()
        total += x


def by_send(block):
    g = echo(block)
    next(g)
    return [g.send(1), g.send(2), g.send(3)]


def outer(block):
    yield "start"
    got = yield from gen(block)
    yield ("inner returned", got)


check("generator resumed by next()", by_next)
check("generator in a for loop", by_for)
check("generator in a list comprehension", lambda block: [x for x in gen(block)])
check("generator expression in sum()", lambda block: sum(x * x for x in gen(block)))
check("generator resumed by send()", by_send)
check("generator under yield from", lambda block: list(outer(block)))
print("done")
