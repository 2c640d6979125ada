# complex numbers
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), abs(z), z.real, z.imag, z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z)
print(z == complex(3, 4), z != w, z == 3 + 4.0j, 1j ** 2, (1 + 1j) ** 2)
print(complex(), complex(2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e3j"))
print(complex(1.5, 0), complex(0, 1), complex(-0.0, -0.0), 0j, -0j, 1e300j * 1e10)
print(complex(float("inf"), float("nan")), complex("inf+nanj"))
print(2 * z, z * 2.5, 1 / z, z ** 0, z ** 2, z ** -1)
print(hash(3 + 0j) == hash(3), hash(1j), z.__add__(1), z.__radd__(1.5))
print(format(z, ""), format(z, ".2f"), format(z, "^20"), format(w, "+.1e"), f"{z:>15.3g}")
print(str(1 + 0j), str(1j), str(-1j), str(complex(0, -0.0)), str(complex(1e20, 1e-20)))
print(bool(0j), bool(1j), (1 + 2j).__bool__())
for s in ["1+", "abc", "1+2k", "(1+2j"]:
    try:
        complex(s)
    except ValueError as e:
        print(type(e).__name__, e)
for op in [lambda: z < w, lambda: z // w, lambda: z % 2, lambda: int(z), lambda: float(z)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(complex("(1+2j)"), complex(1 + 2j, 1j), complex(1j, 1j))
print(isinstance(z, complex), type(z).__name__, z.__class__ is complex)
