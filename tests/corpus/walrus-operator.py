data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
it = iter([1, 2, 0, 4])
while (v := next(it)) != 0:
    print(v)
print((z := 10) + z)
