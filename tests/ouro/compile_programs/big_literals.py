# big displays (built incrementally by CPython), big ints, long strings, deep nesting
lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]
tup = (1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f", 7, "g", 8, "h", 9, "i", 10, "j", 11, "k", 12, "l", 13, "m", 14, "n", 15, "o", 16, "p", 17, "q")
x = 7
dyn = [x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23, x + 24, x + 25, x + 26, x + 27, x + 28, x + 29, x + 30, x + 31, x + 32, x + 33, x + 34]
st = {x, x * 2, x * 3, x * 4, x * 5, x * 6, x * 7, x * 8, x * 9, x * 10, x * 11, x * 12, x * 13, x * 14, x * 15, x * 16, x * 17, x * 18, x * 19, x * 20, x * 21, x * 22, x * 23, x * 24, x * 25, x * 26, x * 27, x * 28, x * 29, x * 30, x * 31, x * 32}
dct = {"a" + str(i): i for i in range(3)}
dct2 = {"k1": x, "k2": x, "k3": x, "k4": x, "k5": x, "k6": x, "k7": x, "k8": x, "k9": x, "k10": x, "k11": x, "k12": x, "k13": x, "k14": x, "k15": x, "k16": x, "k17": x, "k18": x, "k19": x, "k20": x, "k21": x, "k22": x, "k23": x, "k24": x, "k25": x, "k26": x, "k27": x, "k28": x, "k29": x, "k30": x, "k31": x, "k32": x, "k33": x}
dct3 = {x: 1, x + 1: 2, "s": 3, (1, 2): 4}
print(sum(lst), len(tup), tup[-1], sum(dyn), sorted(st)[:3], len(st), dct, len(dct2), dct2["k33"], dct3)
print(123456789 ** 5, -98765432109876543210 // 7, 2 ** 200 - 2 ** 199, 10 ** 50 + 1)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111111)
s = "a long string literal that goes on " * 3
print(len(s), s[:20])
nested = [[[[[[[[[[1]]]]]]]]]]
print(nested[0][0][0][0][0][0][0][0][0][0])
deep_expr = ((((((((((1 + 2) * 3) - 4) * 5) + 6) * 7) - 8) * 9) + 10) * 11)
print(deep_expr)
calls = str(int(float(str(abs(-int(str(len(str(list(range(5)))))))))))
print(calls)
d = {"a": {"b": {"c": {"d": [1, {"e": (2, 3)}]}}}}
print(d["a"]["b"]["c"]["d"][1]["e"][1])
mixed = [*lst[:3], *tup[:2], x, *(y for y in range(2))] + [i for i in range(3)]
print(mixed)
print(len({i: i for i in range(500)}), len([i for i in range(500)]), 2 ** 1000 % 1000007)
