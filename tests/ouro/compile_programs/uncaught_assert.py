# an uncaught AssertionError with a message, in a method
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        assert self.items, "pop from empty stack (size %d)" % len(self.items)
        return self.items.pop()


s = Stack()
s.items.append(1)
print(s.pop())
s.pop()
