# uncaught: complex() on a malformed string
samples = ["1+2j", "-3.5j", " 4 ", "2e3-1e-3j", "(5+0j)", "nan+infj"]
values = [complex(s) for s in samples]
for s, v in zip(samples, values):
    print(repr(s), v, v.real, v.imag)
print(sum(values[:4]))
print(abs(complex("3+4j")), complex("1j") ** 2)
print([round(abs(v), 3) for v in values[:4]])
for s in ["1 + 2j", "j2"]:
    try:
        complex(s)
    except ValueError as e:
        print("caught:", repr(s), e)
print(complex(1, 2) == complex("1+2j"))
print(complex("-j"), complex("+1.5"))
print("parsing '1+2i'")
print(complex("1+2i"))
print("not reached")
x = 1
print(x)
