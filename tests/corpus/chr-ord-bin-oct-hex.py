print(chr(65), chr(0x263A), chr(128512), ord("A"), ord("€"), ord("😀"), ord(b"a"))
print(bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255), hex(0), bin(0), int("ff", 16), int("777", 8), int("-101", 2))
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, int("z", 36))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
