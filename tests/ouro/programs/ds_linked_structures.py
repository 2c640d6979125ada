from __future__ import annotations
from typing import Generic, Iterator, Optional, TypeVar, Callable, Any

T = TypeVar("T")


class LinkedList(Generic[T]):
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, items=()):
        self._head: Optional[LinkedList._Node] = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value: T) -> None:
        self._head = self._Node(value, self._head)
        self._len += 1

    def pop(self) -> T:
        if self._head is None:
            raise IndexError("pop from empty LinkedList")
        node = self._head
        self._head = node.next
        self._len -= 1
        return node.value

    def __iter__(self) -> Iterator[T]:
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, x):
        return any(v == x for v in self)

    def __repr__(self):
        return f"LinkedList([{', '.join(map(repr, self))}])"

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def reverse(self):
        prev = None
        node = self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev


class BST:
    def __init__(self, key: Callable[[Any], Any] = lambda x: x):
        self.root = None
        self.key = key
        self.size = 0

    def insert(self, v):
        k = self.key(v)
        if self.root is None:
            self.root = [v, None, None]
        else:
            n = self.root
            while True:
                idx = 1 if k < self.key(n[0]) else 2
                if n[idx] is None:
                    n[idx] = [v, None, None]
                    break
                n = n[idx]
        self.size += 1

    def inorder(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return
        yield from self.inorder(n[1])
        yield n[0]
        yield from self.inorder(n[2])

    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 3 in ll, 9 in ll)
ll.push(0)
ll.reverse()
print(ll, ll.pop(), list(ll), ll == LinkedList([3, 2, 1, 0]), ll == [3, 2, 1, 0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, bool(empty), sum(LinkedList(range(10))))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
t = BST(key=len)
for w in words:
    t.insert(w)
print(list(t.inorder()), t.size, t.height())
t2 = BST()
for n in [50, 30, 70, 20, 40, 60, 80, 35]:
    t2.insert(n)
print(list(t2.inorder()), t2.height())
it = iter(ll)
print(next(it), next(it), list(it), list(it))
g = t2.inorder()
print(type(g).__name__, next(g), g.__name__)
LinkedList([1])[5]
