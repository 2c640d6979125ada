import sys


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()


def evaluate(tokens):
    st = Stack()
    for tok in tokens:
        if tok in "+-*/":
            b = st.pop()
            a = st.pop()
            st.push(apply(tok, a, b))
        else:
            st.push(float(tok))
    return st.pop()


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "1 +", "2 x *"]:
    try:
        print(expr, "=", evaluate(expr.split()))
    except (ZeroDivisionError, IndexError, ValueError) as e:
        print(expr, "error:", type(e).__name__, e, file=sys.stderr)
        print(expr, "->", e.__class__.__name__)

print(evaluate("4 0 /".split()))
