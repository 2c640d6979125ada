import random
import statistics
import heapq
import bisect

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 5))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.getrandbits(40), random.choices("xyz", weights=[5, 1, 1], k=8), random.betavariate(2, 3))
r = random.Random(7)
print(r.random(), r.randint(0, 10 ** 30), r.paretovariate(3), r.vonmisesvariate(1, 2), r.gammavariate(2, 2))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed("a string seed")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 1000), random.randbytes(4).hex())

# queue simulation
random.seed(1)
events = []
t = 0.0
for i in range(10):
    t += random.expovariate(1.0)
    heapq.heappush(events, (round(t, 3), "arrive", i))
served = []
clock = 0.0
while events:
    when, kind, who = heapq.heappop(events)
    clock = max(clock, when)
    if kind == "arrive":
        heapq.heappush(events, (round(clock + random.uniform(0.5, 1.5), 3), "leave", who))
    else:
        served.append((who, when))
print(served)
waits = [w for _, w in served]
print(statistics.mean(waits), statistics.median(waits), statistics.stdev(waits), statistics.pstdev(waits))
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 2, 4]))
print(statistics.harmonic_mean([40, 60]), statistics.quantiles(range(1, 21), n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
s = [1, 3, 3, 5]
bisect.insort(s, 3)
bisect.insort_left(s, 4)
print(s, bisect.bisect_left(s, 3), bisect.bisect_right(s, 3))
print(bisect.bisect([{"k": 1}["k"], 5], 2), bisect.bisect_left([(1, "a"), (2, "b")], (2,)))
