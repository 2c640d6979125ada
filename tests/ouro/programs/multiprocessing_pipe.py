"""multiprocessing.Pipe between forked processes: duplex and one-way
pipes, send/recv of objects, send_bytes/recv_bytes (with offset and
size), recv_bytes_into, poll with a timeout, EOFError when the other end
is closed, and connection.wait on several connections."""
import multiprocessing as mp
from multiprocessing import connection


def echo(conn, other):
    other.close()       # the parent's end, inherited: else no EOF here
    while True:
        try:
            obj = conn.recv()
        except EOFError:
            break
        conn.send(("echo", obj))
    conn.close()


def writer(w, r, data):
    r.close()
    w.send_bytes(data)
    w.send_bytes(data, 2, 3)
    w.close()


if __name__ == '__main__':
    mp.set_start_method('fork')
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b, a))
    p.start()
    b.close()
    for obj in [1, "two", [3.0, None], {"k": (4, 5)}, b"x" * 70000]:
        a.send(obj)
        tag, back = a.recv()
        print(tag, back if not isinstance(back, bytes) else len(back), back == obj)
    print("poll", a.poll(0.01))
    a.close()
    p.join()
    print("echo exit", p.exitcode)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w, r, b"abcdefgh"))
    p.start()
    w.close()
    print(r.poll(10), r.recv_bytes())
    buf = bytearray(10)
    print(r.recv_bytes_into(buf, 1), buf)
    try:
        r.recv_bytes()
    except EOFError:
        print("EOFError")
    p.join()

    c1, c2 = mp.Pipe()
    c3, c4 = mp.Pipe()
    c4.send("on c3")
    ready = connection.wait([c1, c3], timeout=5)
    print(ready == [c3], c3.recv())
    print(connection.wait([c1], timeout=0.01))
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        w.send(1)
    except OSError as e:
        print(type(e).__name__, e)
