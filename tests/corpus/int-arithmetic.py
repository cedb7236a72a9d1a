print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 2 ** -1, 0 ** 0, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(7 / 2, 6 / 3, int(7.9), int(-7.9), int("  42 "), int("0x1f", 16), int("0b101", 0), int("1_000"))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 1 << 10, abs(-3), -(-3))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(7, 0))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length(), (5).bit_count())
print(int.__name__, (3).real, (3).imag, (3).numerator, (3).denominator, (-3).conjugate())
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
