# str(x): exact ints without a lookup, subclasses and __str__ results (a str
# subclass instance comes back as is), errors, keywords, the digit limit.
class S(str): pass
class A:
    def __str__(self): return S("sub")
class B:
    def __str__(self): return 5
class I(int):
    def __str__(self): return "eye"
print(str(5), str(-10**18), str(10**30), str(True), str(I(3)), type(str(A())).__name__, str(1.5), str(), str(b"x"), str(b"x", "ascii"))
try: str(B())
except TypeError as e: print(e)
try: str(1, 2, 3, 4)
except TypeError as e: print(e)
print(str(object=7), repr(str("a")))
import sys
sys.set_int_max_str_digits(640)
try: str(10**700)
except ValueError as e: print(e)
