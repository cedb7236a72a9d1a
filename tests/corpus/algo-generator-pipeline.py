def read_lines():
    for line in ["10,ann", "x,bob", "25,cy", "", "7,di"]:
        yield line
def parse(lines):
    for line in lines:
        if not line:
            continue
        n, name = line.split(",")
        try:
            yield int(n), name
        except ValueError:
            print("skip", repr(line))
def big(rows, limit):
    return (r for r in rows if r[0] > limit)
print(list(big(parse(read_lines()), 8)))
print(sum(n for n, _ in parse(read_lines())))
