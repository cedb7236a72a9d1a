def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(gcd(1071, 462), factorize(360), factorize(97), factorize(2 ** 31 - 1), factorize(600851475143))
