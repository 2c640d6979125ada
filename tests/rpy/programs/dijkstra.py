"""A real program: Dijkstra's shortest paths with a hand-written binary-heap
priority queue of (distance, node) tuples over a pseudo-random graph (LCG
generated, adjacency lists of tuples), path reconstruction, and a check
against Bellman-Ford on a smaller graph."""
from __future__ import annotations

INF = 1 << 60


class Rng:
    state: int

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % bound


class Heap:
    items: list[tuple[int, int]]

    def __init__(self) -> None:
        self.items = []

    def push(self, item: tuple[int, int]) -> None:
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self) -> tuple[int, int]:
        items = self.items
        top = items[0]
        last = items.pop()
        if len(items) > 0:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                left = 2 * i + 1
                right = left + 1
                smallest = i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if right < n and items[right] < items[smallest]:
                    smallest = right
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top

    def empty(self) -> bool:
        return len(self.items) == 0


class Graph:
    n: int
    adj: list[list[tuple[int, int]]]

    def __init__(self, n: int) -> None:
        self.n = n
        self.adj = [[] for i in range(n)]

    def add_edge(self, a: int, b: int, w: int) -> None:
        self.adj[a].append((b, w))


def random_graph(n: int, m: int, seed: int) -> Graph:
    g = Graph(n)
    rng = Rng(seed)
    for i in range(n - 1):
        g.add_edge(i, i + 1, 50 + rng.next(50))
    for k in range(m):
        a = rng.next(n)
        b = rng.next(n)
        if a != b:
            g.add_edge(a, b, 1 + rng.next(100))
    return g


def dijkstra(g: Graph, src: int) -> tuple[list[int], list[int]]:
    dist = [INF] * g.n
    prev = [-1] * g.n
    dist[src] = 0
    heap = Heap()
    heap.push((0, src))
    while not heap.empty():
        d, u = heap.pop()
        if d > dist[u]:
            continue
        for v, w in g.adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap.push((nd, v))
    return dist, prev


def bellman_ford(g: Graph, src: int) -> list[int]:
    dist = [INF] * g.n
    dist[src] = 0
    changed = True
    while changed:
        changed = False
        for u in range(g.n):
            if dist[u] == INF:
                continue
            for v, w in g.adj[u]:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
    return dist


def path_to(prev: list[int], target: int) -> list[int]:
    path: list[int] = []
    node = target
    while node != -1:
        path.append(node)
        node = prev[node]
    path.reverse()
    return path


def entry_point(argv: list[str]) -> int:
    h = Heap()
    for x in [5, 3, 8, 1, 9, 2, 7]:
        h.push((x, -x))
    order: list[int] = []
    while not h.empty():
        order.append(h.pop()[0])
    print("heap order:", " ".join([str(x) for x in order]))
    g = random_graph(3000, 15000, 42)
    dist, prev = dijkstra(g, 0)
    for t in [1, 10, 100, 1000, 2999]:
        p = path_to(prev, t)
        print("dist(0 -> %d) = %d via %d hops: %s" % (t, dist[t], len(p) - 1,
                                                      " ".join([str(x) for x in p[:8]])))
    reachable = len([d for d in dist if d < INF])
    print("reachable:", reachable, "max distance:", max(dist), "total:", sum(dist))
    small = random_graph(200, 800, 7)
    d1, p1 = dijkstra(small, 5)
    d2 = bellman_ford(small, 5)
    print("dijkstra == bellman-ford:", all_equal(d1, d2), len(p1))
    return 0


def all_equal(a: list[int], b: list[int]) -> bool:
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return False
    return True
