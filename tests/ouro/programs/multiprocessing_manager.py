"""multiprocessing.Manager (a server process reached through a socket):
dict, list, Namespace, Value, Queue and Lock proxies shared with forked
workers, and the manager's shutdown."""
import multiprocessing as mp


def work(d, lst, ns, v, lock, i):
    with lock:
        d[i] = i * i
        lst.append(i)
        v.value += 1
        ns.total += i


if __name__ == '__main__':
    mp.set_start_method('fork')
    with mp.Manager() as m:
        d = m.dict()
        lst = m.list()
        ns = m.Namespace()
        ns.total = 0
        v = m.Value('i', 0)
        lock = m.Lock()
        ps = [mp.Process(target=work, args=(d, lst, ns, v, lock, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(lst), ns.total, v.value)
        q = m.Queue()
        q.put("through the manager")
        print(q.get(), len(lst), 2 in d, d.get(9, "missing"))
        print(type(d).__name__, type(lst).__name__)
    print("manager closed")
