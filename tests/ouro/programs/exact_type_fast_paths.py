# Exact-type fast paths of the eval loop (binary ops, comparisons, indexing,
# unpacking) must not catch subclasses of int, float, list, nor bool.
class I(int):
    def __add__(self, o): return "I+"
    def __lt__(self, o): return "I<"
class F(float):
    def __mul__(self, o): return "F*"
class L(list):
    def __getitem__(self, i): return "L[]"
    def __setitem__(self, i, v): print("L set", i, v)
print(I(1) + 2, 2 + I(1), I(1) < 3, True + True, True < 2, F(2.0) * 3, 3 * F(2.0), 1.5 * True)
l = L([1, 2]); print(l[0]); l[1] = 5; print(list(l))
a, b = L([1, 2]); print(a, b)
print(True & False, True | 2, (-True) // 1, True / 2, 2.5 - True, 7 % True, divmod(True, 1))
