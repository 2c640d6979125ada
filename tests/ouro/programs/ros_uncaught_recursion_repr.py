"""A linked list whose __repr__ recurses: fine for short lists, a RecursionError for a cycle."""
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

head = None
for v in reversed(range(5)):
    head = Node(v, head)
print(head)
print(list(head), sum(head))
deep = None
for v in range(300):
    deep = Node(v, deep)
print(len(repr(deep)))
tail = head
while tail.next:
    tail = tail.next
tail.next = head
print(list(zip(range(7), head)))
print(head)
