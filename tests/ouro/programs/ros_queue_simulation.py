"""Discrete-event simulation of a bank with deque queues and a heapq event list, seeded random arrivals, statistics."""
import heapq
import random
import statistics
from collections import deque, Counter

rng = random.Random(2024)
TELLERS = 3
events = []
seq = 0
def schedule(t, kind, data=None):
    global seq
    heapq.heappush(events, (t, seq, kind, data))
    seq += 1

t = 0.0
for cid in range(40):
    t += rng.expovariate(1 / 2.0)
    schedule(round(t, 3), "arrive", cid)

queue = deque()
free = list(range(TELLERS))
waits = {}
served_by = Counter()
arrived = {}
log = []
while events:
    now, _, kind, data = heapq.heappop(events)
    if kind == "arrive":
        arrived[data] = now
        queue.append(data)
    elif kind == "depart":
        teller, cid = data
        free.append(teller)
        free.sort()
        log.append((now, cid, teller))
    while queue and free:
        cid = queue.popleft()
        teller = free.pop(0)
        waits[cid] = now - arrived[cid]
        served_by[teller] += 1
        schedule(round(now + rng.uniform(3, 8), 3), "depart", (teller, cid))
print("served", len(log), "last departure", f"{log[-1][0]:.3f}")
w = list(waits.values())
print(f"mean wait {statistics.mean(w):.3f}, median {statistics.median(w):.3f}, max {max(w):.3f}, stdev {statistics.stdev(w):.3f}")
print("per teller", sorted(served_by.items()))
print("waited > 5:", sorted(c for c, x in waits.items() if x > 5)[:10])
print(statistics.mode([round(x) for x in w]), statistics.quantiles(w, n=4), statistics.pvariance([1, 2, 3, 4]))
print(statistics.fmean([1.5, 2.5]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]), statistics.median_low([1, 3, 5, 7]))
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq.count(3), dq.index(3), list(reversed(dq)))
dq.extendleft([10, 11])
print(dq, dq[0], dq[-1])
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=True)))
for bad in (lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: deque().popleft(), lambda: heapq.heappop([]),
            lambda: statistics.mode([]), lambda: deque([1], maxlen=-1), lambda: statistics.harmonic_mean([-1])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
