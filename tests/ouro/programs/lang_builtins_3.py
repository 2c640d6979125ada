# chr/ord/repr/ascii/format/bin/hex/oct/hash/id/callable/isinstance/issubclass
print(chr(65), chr(0x20AC), chr(0x1F600), ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print(repr("x\ny"), ascii("é\n😀"), ascii(["ü"]), repr(b"\x00"), ascii(b"\xff"), repr(1e-10), repr(10 ** 17 + 0.5))
print(format(12, "b"), format(3.5, "08.2f"), format("s", "^5"), format(10 ** 6, ","), format(0.25, ".0%"), format(None, ""))
print(bin(-5), hex(0), oct(-0), hex(2 ** 64), bin(True))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int), hash("abc") == hash("ab" + "c"))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (list, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(isinstance(3, int | str), issubclass(bool, int | None), isinstance([], list | dict))
print(callable(len), callable(1), callable(type), callable(isinstance))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance(Magic(), Magic), issubclass(str, Magic), issubclass(Magic, Magic))
for bad in [lambda: chr("a"), lambda: ord(65), lambda: isinstance(1, "int"), lambda: issubclass(int, 1),
            lambda: format(1, 5), lambda: hex(1.5), lambda: bin("1"), lambda: chr(2 ** 70)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(len).__name__, type(print).__name__, len.__name__, len.__self__.__name__ if hasattr(len, "__self__") else None)
print(divmod(2 ** 65, 3), pow(-2, 63), abs(-2 ** 63), int.__name__, str(type(1)), repr(type("")))
print(all([1, "a", [0]]), any([0, "", None]), all(x for x in ()), any(iter([0, 0, 1])))
print(len("héllo"), len(b"h\xc3\xa9llo"), len([1, [2, 3]]), len({1: 2}), len(range(0, 100, 7)), len(set("aab")))
class L:
    def __len__(self):
        return 2 ** 63
try:
    len(L())
except OverflowError as e:
    print(type(e).__name__, e)
print(bool.__doc__ is not None, object.__doc__, open.__name__, print.__doc__.splitlines()[0])
