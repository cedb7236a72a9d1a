import math
print(math.pi, math.e, math.tau, math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.factorial(20), math.gcd(48, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.sin(math.pi / 2), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1), math.pow(2, 10), math.fabs(-3), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.modf(3.5), math.frexp(8.0), math.ldexp(1, 10), math.dist((0, 0), (3, 4)))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
