"""sqlite3 with threads: a connection waiting (timeout) for another
thread's write lock gets it once that thread commits (the GIL is
released while SQLite waits), connections used from their own threads,
a user-defined function called from a worker thread, and threadsafety."""
import os
import sqlite3
import tempfile
import threading
import time

print(sqlite3.threadsafety)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.db")
    setup = sqlite3.connect(path)
    setup.execute("create table log (who, n)")
    setup.commit()
    setup.close()

    locked = threading.Event()
    events = []

    def holder():
        con = sqlite3.connect(path)
        con.execute("insert into log values ('holder', 1)")    # takes the write lock
        locked.set()
        time.sleep(0.3)
        events.append("holder commits")
        con.commit()
        con.close()

    def waiter():
        locked.wait()
        con = sqlite3.connect(path, timeout=10)
        con.execute("insert into log values ('waiter', 2)")    # waits for the lock
        events.append("waiter inserted")
        con.commit()
        con.close()

    threads = [threading.Thread(target=holder), threading.Thread(target=waiter)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(events)
    check = sqlite3.connect(path)
    print(check.execute("select who, n from log order by n").fetchall())

    results = []

    def worker(k):
        con = sqlite3.connect(path, timeout=10)
        con.create_function("twice", 1, lambda x: 2 * x)
        for i in range(20):
            con.execute("insert into log values (?, twice(?))", ("w%d" % k, i))
            con.commit()
        results.append(con.execute("select count(*) from log where who = ?",
                                   ("w%d" % k,)).fetchone()[0])
        con.close()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results), check.execute("select count(*), sum(n) from log").fetchone())
    check.close()
