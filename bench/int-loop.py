# int-loop.py — a while loop of int arithmetic whose values pass 2**53 and keep growing (bigint path).
MOD = (1 << 89) - 1
x = 1
acc = 0
i = 0
while i < 300000:
    x = (x * 6364136223846793005 + 1442695040888963407) % MOD
    acc ^= x >> 7
    acc += i * i
    i += 1
print("checksum", acc % 1000000007, x.bit_length())
