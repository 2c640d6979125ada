# uncaught: both operands return NotImplemented for ordering
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __lt__(self, other):
        if isinstance(other, Celsius):
            return self.deg < other.deg
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Celsius):
            return self.deg == other.deg
        return NotImplemented


class Fahrenheit:
    def __init__(self, deg):
        self.deg = deg

    def __gt__(self, other):
        return NotImplemented


print(Celsius(1) < Celsius(2), Celsius(3) == Celsius(3), Celsius(3) == Fahrenheit(3))
print(Celsius(5) > Celsius(4))
print(Celsius(1).__lt__(Fahrenheit(1)))
print(Celsius(1) < Fahrenheit(50))
print("not reached")
