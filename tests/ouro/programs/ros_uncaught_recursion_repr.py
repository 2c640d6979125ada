"""A linked list whose __repr__ recurses: fine for a short list, a
RecursionError ("while getting the repr of an object") for a cycle,
caught and then uncaught."""
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value!r}, {self.next!r})"
    def __iter__(self):
        node = self
        while node:
            yield node.value
            node = node.next

short = Node(1, Node(2, Node(3)))
print(short, list(short), sum(short))
ring = Node("a", Node("b", Node("c")))
ring.next.next.next = ring
try:
    repr(ring)
except RecursionError as e:
    print("caught:", type(e).__name__)
print(ring)
