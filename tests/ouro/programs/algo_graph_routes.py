import heapq
from collections import deque, defaultdict
from typing import Dict, List, Tuple, Optional

Graph = Dict[str, List[Tuple[str, int]]]


def build(edges: List[Tuple[str, str, int]]) -> Graph:
    g: Graph = defaultdict(list)
    for a, b, w in edges:
        g[a].append((b, w))
        g[b].append((a, w))
    return g


def dijkstra(g: Graph, src: str) -> Tuple[Dict[str, int], Dict[str, Optional[str]]]:
    dist = {src: 0}
    prev: Dict[str, Optional[str]] = {src: None}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(g[u]):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = []
    while target is not None:
        out.append(target)
        target = prev[target]
    return out[::-1]


def bfs_levels(g: Graph, src: str) -> Dict[int, List[str]]:
    levels = defaultdict(list)
    seen = {src}
    q = deque([(src, 0)])
    while q:
        u, lvl = q.popleft()
        levels[lvl].append(u)
        for v, _ in sorted(g[u]):
            if v not in seen:
                seen.add(v)
                q.append((v, lvl + 1))
    return dict(levels)


def dfs_order(g: Graph, src: str) -> List[str]:
    order, stack, seen = [], [src], set()
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(v for v, _ in sorted(g[u], reverse=True))
    return order


def components(g: Graph, nodes) -> List[List[str]]:
    seen = set()
    comps = []
    for n in sorted(nodes):
        if n in seen:
            continue
        comp = dfs_order(g, n)
        seen.update(comp)
        comps.append(sorted(comp))
    return comps


edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]
g = build(edges)
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3}  via {' -> '.join(path(prev, node))}")
print(bfs_levels(g, "A"))
print(dfs_order(g, "A"))
print(components(g, g.keys()))
print("unreachable:", sorted(set(g) - set(dist)))
try:
    print(path(prev, "X"))
except KeyError as e:
    print("no path to", e)
matrix = [[0 if i == j else float("inf") for j in range(4)] for i in range(4)]
for a, b, w in [(0, 1, 5), (1, 2, 3), (2, 3, 1), (0, 3, 10)]:
    matrix[a][b] = w
for k in range(4):
    for i in range(4):
        for j in range(4):
            if matrix[i][k] + matrix[k][j] < matrix[i][j]:
                matrix[i][j] = matrix[i][k] + matrix[k][j]
for row in matrix:
    print(" ".join(f"{x:>5}" for x in row))
print(max(dist.items(), key=lambda kv: kv[1]), min(dist, key=dist.get))
