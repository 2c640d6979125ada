# uncaught: next() on an exhausted iterator outside a loop
class Tokens:
    def __init__(self, text):
        self.parts = text.split()
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.parts):
            raise StopIteration
        tok = self.parts[self.i]
        self.i += 1
        return tok.upper()


t = Tokens("let x = 1")
print(next(t), next(t))
print(list(t))
print(next(t, None))
t2 = Tokens("a b")
for tok in t2:
    print("tok", tok)
print("one more")
print(next(t2))
print("not reached")
