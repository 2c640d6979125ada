"""Binary search tree with dunder protocol: insert, delete, traversals, height, iteration, containment, balanced rebuild."""
class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return self.size
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def __reversed__(self):
        return iter(sorted(self, reverse=True))
    def preorder(self):
        def go(n):
            if n:
                yield n.key
                yield from go(n.left)
                yield from go(n.right)
        return list(go(self.root))
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __repr__(self):
        return f"BST({{{', '.join(f'{k!r}: {self[k]!r}' for k in self)}}})"
    def __eq__(self, other):
        return isinstance(other, BST) and list(self) == list(other)
    def __bool__(self):
        return self.size > 0

t = BST((k, k * k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(t, len(t), t.height())
print(list(t), list(reversed(t)), t.preorder(), t.levels())
print(40 in t, 41 in t, t[35], bool(BST()), BST() == BST(), t == BST((k, 0) for k in t))
del t[30]
del t[50]
print(t.levels(), len(t))
for bad in (99, "x"):
    try:
        del t[bad]
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
chain = BST((i, None) for i in range(100))
print(chain.height())
def balanced(keys):
    if not keys:
        return []
    m = len(keys) // 2
    return [keys[m]] + balanced(keys[:m]) + balanced(keys[m + 1:])
rebuilt = BST((k, None) for k in balanced(list(chain)))
print(rebuilt.height(), rebuilt.levels()[:3], list(rebuilt) == list(chain))
words = BST()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    words[w] = words[w] + 1 if w in words else 1
print(words)
print(t[1000])
