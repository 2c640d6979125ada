"""Calling functions with the wrong arguments: the caught messages, then an uncaught one."""
def area(width, height, *, unit="cm"):
    return f"{width * height}{unit}^2"

def mean(*values):
    return sum(values) / len(values)

calls = [
    lambda: area(2, 3),
    lambda: area(2),
    lambda: area(2, 3, 4),
    lambda: area(2, 3, units="m"),
    lambda: area(2, 3, "m"),
    lambda: area(width=2, height=3, unit="m"),
    lambda: area(2, width=2),
    lambda: mean(),
    lambda: mean(1, 2, "3"),
    lambda: mean(*[1, 2, 3]),
    lambda: mean(**{"a": 1}),
    lambda: area(*"ab"),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)
    except ZeroDivisionError as e:
        print(i, "ZeroDivisionError:", e)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
s = Stack()
s.push(1)
s.push(1, 2)
