"""Nullable instance fields (`Node | None`): a singly linked list and a
doubly linked deque built from them, with `is None` / `is not None` checks,
in-place reversal, removal, and None passed and returned explicitly."""
from __future__ import annotations


class Node:
    value: int
    next: Node | None

    def __init__(self, value: int, next: Node | None) -> None:
        self.value = value
        self.next = next


class DNode:
    value: str
    prev: DNode | None
    next: DNode | None

    def __init__(self, value: str) -> None:
        self.value = value
        self.prev = None
        self.next = None


class Deque:
    head: DNode | None
    tail: DNode | None
    size: int

    def __init__(self) -> None:
        self.head = None
        self.tail = None
        self.size = 0

    def push_back(self, value: str) -> None:
        node = DNode(value)
        tail = self.tail
        if tail is None:
            self.head = node
        else:
            tail.next = node
            node.prev = tail
        self.tail = node
        self.size += 1

    def push_front(self, value: str) -> None:
        node = DNode(value)
        head = self.head
        if head is None:
            self.tail = node
        else:
            head.prev = node
            node.next = head
        self.head = node
        self.size += 1

    def pop_front(self) -> str | None:
        head = self.head
        if head is None:
            return None
        self.head = head.next
        if self.head is None:
            self.tail = None
        else:
            nh = self.head
            assert nh is not None
            nh.prev = None
        self.size -= 1
        return head.value

    def pop_back(self) -> str | None:
        tail = self.tail
        if tail is None:
            return None
        self.tail = tail.prev
        prev = tail.prev
        if prev is None:
            self.head = None
        else:
            prev.next = None
        self.size -= 1
        return tail.value

    def to_str(self) -> str:
        parts: list[str] = []
        node = self.head
        while node is not None:
            parts.append(node.value)
            node = node.next
        return "<" + " ".join(parts) + ">"

    def to_str_backwards(self) -> str:
        parts: list[str] = []
        node = self.tail
        while node is not None:
            parts.append(node.value)
            node = node.prev
        return "<" + " ".join(parts) + ">"


def build(n: int) -> Node | None:
    head: Node | None = None
    for i in range(n, 0, -1):
        head = Node(i, head)
    return head


def show(head: Node | None) -> str:
    parts: list[str] = []
    node = head
    while node is not None:
        parts.append(str(node.value))
        node = node.next
    return "[" + " ".join(parts) + "]"


def reverse(head: Node | None) -> Node | None:
    prev: Node | None = None
    cur = head
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev


def remove_value(head: Node | None, value: int) -> Node | None:
    while head is not None and head.value == value:
        head = head.next
    node = head
    while node is not None:
        nxt = node.next
        if nxt is not None and nxt.value == value:
            node.next = nxt.next
        else:
            node = nxt
    return head


def length(head: Node | None) -> int:
    if head is None:
        return 0
    return 1 + length(head.next)


def entry_point(argv: list[str]) -> int:
    lst = build(6)
    print(show(lst), length(lst))
    lst = reverse(lst)
    print(show(lst))
    lst = Node(3, Node(3, lst))
    lst = remove_value(lst, 3)
    print(show(lst), length(lst))
    empty = build(0)
    print(show(empty), empty is None, show(reverse(None)), length(None))
    dq = Deque()
    for w in ["b", "c", "d"]:
        dq.push_back(w)
    dq.push_front("a")
    print(dq.to_str(), dq.to_str_backwards(), dq.size)
    front = dq.pop_front()
    back = dq.pop_back()
    if front is not None and back is not None:
        print("popped", front, back)
    print(dq.to_str(), dq.size)
    while dq.size > 0:
        x = dq.pop_back()
        if x is not None:
            print("drain", x)
    print("empty pops:", dq.pop_front() is None, dq.pop_back() is None, dq.to_str())
    return 0
