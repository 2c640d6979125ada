# uncaught: exception raised inside __repr__ while printing
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def __repr__(self):
        if self.parent is None:
            return f"Node({self.value})"
        return f"Node({self.value} <- {self.parent.valu})"


root = Node(1)
print(root)
print([root, Node(2)])
print(str(root), f"{root!r}")
child = Node(3, root)
print(child.value, child.parent.value)
print("printing child")
print(child)
print("not reached")
