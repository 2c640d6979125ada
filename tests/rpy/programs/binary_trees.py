"""A real program exercising the GC: a binary search tree of 200k nodes built
from pseudo-random keys (iterative insert), in-order traversal with an
explicit stack, height and sum, deletion of many keys, plus the classic
binary-trees allocation benchmark of many short-lived complete trees while
a long-lived tree stays intact across rgc.collect()."""
from __future__ import annotations
from rpy.rlib import rgc


class Node:
    key: int
    left: Node | None
    right: Node | None

    def __init__(self, key: int) -> None:
        self.key = key
        self.left = None
        self.right = None


class BST:
    root: Node | None
    size: int

    def __init__(self) -> None:
        self.root = None
        self.size = 0

    def insert(self, key: int) -> bool:
        node = Node(key)
        cur = self.root
        if cur is None:
            self.root = node
            self.size += 1
            return True
        while True:
            if key == cur.key:
                return False
            if key < cur.key:
                nxt = cur.left
                if nxt is None:
                    cur.left = node
                    break
                cur = nxt
            else:
                nxt = cur.right
                if nxt is None:
                    cur.right = node
                    break
                cur = nxt
        self.size += 1
        return True

    def contains(self, key: int) -> bool:
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self) -> list[int]:
        out: list[int] = []
        stack: list[Node] = []
        cur = self.root
        while cur is not None or len(stack) > 0:
            while cur is not None:
                stack.append(cur)
                cur = cur.left
            top = stack.pop()
            out.append(top.key)
            cur = top.right
        return out

    def height(self) -> int:
        root = self.root
        if root is None:
            return 0
        best = 0
        stack = [(root, 1)]
        while len(stack) > 0:
            node, depth = stack.pop()
            if depth > best:
                best = depth
            left = node.left
            right = node.right
            if left is not None:
                stack.append((left, depth + 1))
            if right is not None:
                stack.append((right, depth + 1))
        return best

    def remove(self, key: int) -> bool:
        parent: Node | None = None
        cur = self.root
        while cur is not None and cur.key != key:
            parent = cur
            cur = cur.left if key < cur.key else cur.right
        if cur is None:
            return False
        left = cur.left
        right = cur.right
        if left is not None and right is not None:
            succ_parent = cur
            succ = right
            while True:
                nl = succ.left
                if nl is None:
                    break
                succ_parent = succ
                succ = nl
            cur.key = succ.key
            if succ_parent is cur:
                succ_parent.right = succ.right
            else:
                succ_parent.left = succ.right
        else:
            child = left if left is not None else right
            if parent is None:
                self.root = child
            elif parent.left is cur:
                parent.left = child
            else:
                parent.right = child
        self.size -= 1
        return True


class TreeNode:
    left: TreeNode | None
    right: TreeNode | None

    def __init__(self, left: TreeNode | None, right: TreeNode | None) -> None:
        self.left = left
        self.right = right


def make_tree(depth: int) -> TreeNode:
    if depth == 0:
        return TreeNode(None, None)
    return TreeNode(make_tree(depth - 1), make_tree(depth - 1))


def check_tree(t: TreeNode) -> int:
    left = t.left
    right = t.right
    if left is None or right is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def entry_point(argv: list[str]) -> int:
    tree = BST()
    state = 12345
    inserted = 0
    for i in range(200000):
        state = (state * 1103515245 + 12345) % 2147483648
        if tree.insert(state % 100000000):
            inserted += 1
    print("inserted", inserted, "size", tree.size, "height", tree.height())
    keys = tree.inorder()
    ok = True
    for i in range(1, len(keys)):
        if keys[i - 1] >= keys[i]:
            ok = False
    print("in-order sorted:", ok, "count", len(keys), "min", keys[0], "max", keys[-1], "sum", sum(keys))
    rgc.collect()
    removed = 0
    for k in keys[::3]:
        if tree.remove(k):
            removed += 1
    print("removed", removed, "size", tree.size, "contains first/second:", tree.contains(keys[0]), tree.contains(keys[1]))
    keys2 = tree.inorder()
    print("after removal sorted count", len(keys2), len(keys2) == len(keys) - removed)
    long_lived = make_tree(12)
    total = 0
    for depth in range(4, 13, 2):
        iterations = 1 << (12 - depth + 2)
        check = 0
        for i in range(iterations):
            check += check_tree(make_tree(depth))
        total += check
        print("%d trees of depth %d check %d" % (iterations, depth, check))
    rgc.collect()
    print("long lived tree check", check_tree(long_lived), "total", total)
    print("bst still intact:", tree.size, len(tree.inorder()), tree.contains(keys[1]))
    return 0
