# complex with cmath and __complex__, and an uncaught comparison at the end
import cmath

class C:
    def __complex__(self):
        return 2 + 3j

print(complex(C()), cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j))
print(cmath.exp(0), cmath.rect(1, 0), cmath.isnan(complex("nan")))
vals = [1 + 1j, -1 - 1j, 2j, -3, 0.5 + 0.25j]
print(sorted(vals, key=abs))
print(sorted(vals, key=lambda c: (c.real, c.imag)))
print(sum(vals), sum(vals, 1j))
print([round(abs(v), 3) for v in vals])
m = {1 + 0j: "one", 2: "two"}
print(m[1], m[2 + 0j])
print(1j.real, 1j.imag, (5j).conjugate())
acc = 1
for _ in range(8):
    acc *= 1j
print(acc)
print(pow(2j, 2), pow(1 + 1j, 3))
print((1 + 2j) == (1 + 2j), (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1)
print(max(vals, key=abs), min(vals, key=lambda c: c.imag))
print("comparing complex numbers")
print(sorted(vals))
