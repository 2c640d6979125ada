# str.format: fields, indexing, attributes, conversions
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}), "{.real}".format(3 + 4j))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{literal}} {}".format(5), "{0!r:>10}".format("q"))
class Pt:
    def __init__(self):
        self.x, self.y = 1, 2
print("{p.x},{p.y}".format(p=Pt()), "{0.x}".format(Pt()))
print("{:>{w}}|{:<{w}}|{:^{w}}".format("a", "b", "c", w=5), "{:{}{}{}}".format(3.14159, ">", 10, ".2f"))
print("{0:{1}}".format(42, "08b"), "{:*^{}}".format("mid", 11))
print("{:d} {:5d} {:<5d}| {:^5d} {:+d} {: d} {:,d} {:_d}".format(1, 2, 3, 4, 5, 6, 1234567, 7654321))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b} {:#010x}".format(255, 255, 255, 8, 8, 5, 5, 5, 255))
print("{:c} {:s} {:10s}| {:.2s}".format(97, "str", "pad", "trunc"))
print("{:=+8d} {:0=8d} {:=8}".format(42, -42, -7), "{:,}".format(10 ** 12), "{:_b}".format(255))
print("{0:.3} {0:.3f} {0:.3e} {0:.3g} {0:.3%} {0:10.3}".format(1234.5678))
print("{:,.2f} {:_.1f} {:+,.0f}".format(1234567.891, 9876543.21, -1e6))
print("{:n} {:n}".format(1234567, 1234.5), "{:g}".format(0.0000123), "{:.0%}".format(0.5))
print("{:<08} {:>08} {:^08}".format(1.5, -1.5, 2))
print("{!r:^12}".format([1]), "{:>6}".format(True), "{:d}".format(True), "{:.1f}".format(True))
print(format("x", "<3") + "|", format(None, ""), format([1], ""), format(1.5, "") == str(1.5))
for fmt, args in [("{", ()), ("}", ()), ("{0}", ()), ("{a}", ()), ("{:d}", ("x",)),
                  ("{:s}", (1,)), ("{0[2]}", ([1],)), ("{:,s}", ("a",)), ("{!x}", (1,)),
                  ("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{:=s}", ("a",)), ("{:.2d}", (1,)),
                  ("{:c}", (-1,)), ("{0.missing}", (1,))]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)
