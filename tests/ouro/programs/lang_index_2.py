# uncaught: object without __index__ used as list index
class Pos:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n


class GoodPos(Pos):
    def __index__(self):
        return self.n


letters = list("abcdefg")
print(letters[GoodPos(2)])
print(letters[GoodPos(1):GoodPos(4)])
print(int(Pos(5)))
print(letters[int(Pos(3))])
print(letters[-GoodPos(1).n])
print("indexing with a bare Pos")
print(letters[Pos(2)])
print("not reached")
x = 0
print(x)
