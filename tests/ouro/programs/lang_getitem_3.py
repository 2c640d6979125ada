# uncaught: custom __getitem__ raising KeyError with a tuple key
class Sparse:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __len__(self):
        return len(self.data)


m = Sparse()
m[0, 0] = 1.0
m[2, 3] = 4.5
m[5, 1] = -2
print(len(m), m[2, 3], m[0, 0])
total = sum(m[k] for k in [(0, 0), (2, 3), (5, 1)])
print(total)
print(sorted(m.data))
print(m[1, 1])
print("not reached")
