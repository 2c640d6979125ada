# uncaught: unexpected keyword argument on a method
class Greeter:
    def __init__(self, greeting="Hello"):
        self.greeting = greeting

    def greet(self, name, punct="!"):
        return f"{self.greeting}, {name}{punct}"


g = Greeter()
print(g.greet("Ann"))
print(g.greet("Bob", punct="?"))
print(Greeter("Hi").greet(name="Cy"))
try:
    g.greet()
except TypeError as e:
    print("caught:", e)
try:
    Greeter(1, 2)
except TypeError as e:
    print("caught:", e)
try:
    g.greet("x", "y", "z")
except TypeError as e:
    print("caught:", e)
print(g.greet("Dee", punctuation="."))
print("not reached")
