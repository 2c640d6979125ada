"""multiprocessing.shared_memory: a SharedMemory block written by a forked
child and read by the parent, attached by name, ShareableList, and the
errors of a name that does not exist."""
import multiprocessing as mp
from multiprocessing import shared_memory


def child(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = b"hello"
    shm.buf[5] = 33
    shm.close()


def child_list(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sl[0] * 2
    sl[2] = "changed"
    sl.shm.close()


if __name__ == '__main__':
    mp.set_start_method('fork')
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.size >= 16, len(shm.buf) >= 16, bytes(shm.buf[:6]))
    p = mp.Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    print(bytes(shm.buf[:6]), p.exitcode)
    other = shared_memory.SharedMemory(shm.name)
    print(bytes(other.buf[:6]), other.name == shm.name)
    other.close()
    shm.close()
    shm.unlink()
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        shared_memory.SharedMemory(create=True, size=-1)
    except ValueError as e:
        print("ValueError:", e)

    sl = shared_memory.ShareableList([21, 2.5, "text", b"raw", None, True])
    p = mp.Process(target=child_list, args=(sl.shm.name,))
    p.start()
    p.join()
    print(list(sl), len(sl), sl.count(2.5), sl.index("changed"))
    print(sl.format)
    sl.shm.close()
    sl.shm.unlink()
