# uncaught: calling an instance method through the class without an instance
class Temperature:
    scale = "C"

    def __init__(self, value):
        self.value = value

    @staticmethod
    def convert(value, to):
        return value * 9 / 5 + 32 if to == "F" else value

    @classmethod
    def freezing(cls):
        return cls(0)

    def describe(self):
        return f"{self.value}°{self.scale}"


print(Temperature.convert(100, "F"), Temperature(5).convert(10, "C"))
print(Temperature.freezing().describe(), type(Temperature.freezing()).__name__)
print(Temperature.describe(Temperature(21)))
print(Temperature(37).describe())
print("calling describe on the class")
print(Temperature.describe())
print("not reached")
