a = b = c = [1]
a.append(2)
print(b, c is a)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [0, 1, 2]
i = 0
i, l[i] = 2, "set"
print(i, l)
n = 5
n += 1; n -= 2; n *= 3; n //= 2; n **= 2; n %= 7
print(n)
s = "ab"; s *= 3
print(s)
