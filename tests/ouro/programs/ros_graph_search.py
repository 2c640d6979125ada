"""Graph search: BFS, DFS, Dijkstra, topological sort, union-find, A* on a grid."""
import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
g = defaultdict(list)
for u, v, w in edges:
    g[u].append((v, w))
    g[v].append((u, w))

def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in sorted(g[u]):
            if v not in seen:
                seen.add(v); q.append(v)
    return order

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v, _ in sorted(g[start]):
        if v not in seen:
            dfs(v, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd; prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, t):
    p = [t]
    while p[-1] in prev:
        p.append(prev[p[-1]])
    return p[::-1]

print(bfs("A"), dfs("A"), bfs("G"))
dist, prev = dijkstra("A")
for k in sorted(dist):
    print(k, dist[k], "->".join(path(prev, k)))
print(dist.get("G", float("inf")))

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": []}
def topo(d):
    indeg = {k: 0 for k in d}
    for k, vs in d.items():
        for v in vs:
            indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in d.items():
        for v in vs:
            rev[v].append(k)
    ready = sorted(k for k, n in indeg.items() if n == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m); ready.sort()
    if len(out) != len(d):
        raise ValueError("cycle detected among: " + ", ".join(sorted(set(d) - set(out))))
    return out
print(topo(deps))
import graphlib
ts = graphlib.TopologicalSorter(deps)
print(list(ts.static_order()) == topo(deps) or sorted(graphlib.TopologicalSorter(deps).static_order()))
try:
    topo({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(graphlib.TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))

parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    parent[find(a)] = find(b)
mst = []
for u, v, w in sorted(edges, key=lambda e: e[2]):
    if find(u) != find(v):
        union(u, v); mst.append((u, v, w))
print(mst, sum(w for *_, w in mst))

GRID = ["S.#.......",
        ".##.####..",
        "....#..#..",
        "###.#.##.#",
        "....#....G"]
def astar():
    R, C = len(GRID), len(GRID[0])
    start = next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == "S")
    goal = next((r, c) for r in range(R) for c in range(C) if GRID[r][c] == "G")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_ = [(h(start), 0, start)]
    came = {start: None}
    cost = {start: 0}
    while open_:
        _, gc, cur = heapq.heappop(open_)
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < R and 0 <= nc < C and GRID[nr][nc] != "#":
                ng = gc + 1
                if ng < cost.get((nr, nc), 1 << 30):
                    cost[(nr, nc)] = ng; came[(nr, nc)] = cur
                    heapq.heappush(open_, (ng + h((nr, nc)), ng, (nr, nc)))
    p, cur = [], goal
    while cur:
        p.append(cur); cur = came[cur]
    return p[::-1]
p = astar()
print(len(p) - 1, p[:4])
rows = [list(r) for r in GRID]
for r, c in p[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
print(g["Z"], len(g), "Z" in g)
print(dict(g)["Q"])
