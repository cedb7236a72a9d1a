z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z + 1, complex(1, -1), 1j ** 2, (1 + 2j) / (3 - 4j))
print(repr(complex(0, 1)), complex("2+3j"), -1j, 0j, complex(1.5), z == 3 + 4j)
