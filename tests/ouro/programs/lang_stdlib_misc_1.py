# a few pure-Python stdlib modules: collections, functools, itertools, operator, copy, heapq, bisect
import collections, functools, itertools, operator, copy, heapq, bisect
c = collections.Counter("abracadabra")
print(c.most_common(3), c["z"], sorted(c.elements())[:5], sum(c.values()))
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(4)
dq.rotate(1)
print(dq, dq.pop(), dq.popleft(), list(dq))
Pt = collections.namedtuple("Pt", "x y")
print(Pt(1, 2)._replace(y=5))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm))
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + b, "abc", ">"))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations("abc", 2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4], list(itertools.product("ab", repeat=2)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), [list(g) for k, g in itertools.groupby("aabccc")])
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.dropwhile(lambda x: x < 8, range(10))))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.repeat("x", 3)), list(itertools.pairwise("abcd")))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("q"))
nested = [[1, [2]], {"k": [3]}]
sh, dp = copy.copy(nested), copy.deepcopy(nested)
nested[0][1].append(99)
print(sh, dp, sh[0] is nested[0], dp[0] is nested[0])
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, [5, 1, 8, 3]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a)
@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(N(1) <= N(2), N(3) >= N(4), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
