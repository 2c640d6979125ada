"""_multiprocessing.SemLock and sem_unlink, _posixshmem directly: kinds,
counts, ownership, values, timeouts, _rebuild by handle and by name, the
errors (messages as CPython's), and a blocked acquire interrupted by
signals: a handler that returns lets the wait go on, a Ctrl-C (SIGINT)
raises KeyboardInterrupt out of acquire; a subclass of SemLock."""
import os
import signal
import time
import _multiprocessing as m
U = '/ouro-t-u-%d' % os.getpid()
SHM = '/ouro-t-shm-%d' % os.getpid()
print(sorted(x for x in dir(m) if not x.startswith('__')), m.flags, m.SemLock.SEM_VALUE_MAX)
s=m.SemLock(1,1,1,'/ouro-t-q',True); print(type(s.handle).__name__, s.kind, s.maxvalue, s.name, s._count(), s._is_mine(), s._get_value(), s._is_zero())
print(s.acquire(), s._is_mine(), s._count(), s.acquire(timeout=0.01), s.acquire(False))
s.release()
try: s.release()
except Exception as e: print(type(e).__name__, e)
r=m.SemLock(0,1,1,'/ouro-t-r',True)
try: r.release()
except Exception as e: print(type(e).__name__, e)
print(r.__enter__(), r.__enter__(), r._count(), r.__exit__(1,2,3), r._count())
r._after_fork(); print(r._count(), r._is_mine())
try: m.SemLock(3,1,1,'/ouro-t-s',True)
except Exception as e: print(type(e).__name__, e)
try: m.sem_unlink('/nonex')
except Exception as e: print(type(e).__name__, e)
try: s.acquire(timeout='x')
except Exception as e: print(type(e).__name__, e)
try: m.SemLock(1,1,1,5,True)
except Exception as e: print(type(e).__name__, e)
print(m.SemLock.__module__, m.SemLock.__name__, repr(m.SemLock.acquire), type(m.SemLock.__dict__['handle']))
try: s.handle=3
except Exception as e: print(type(e).__name__, e)
try: m.SemLock(1,-1,1,'/ouro-t-t',True)
except Exception as e: print(type(e).__name__, e)
print(s.acquire(True, -1), s.acquire(True, -1), s.acquire(True, 0.05))
s2 = m.SemLock._rebuild(s.handle, 1, 1, None); print(s2.name, s2.handle==s.handle, s2._get_value())
m.SemLock(1,1,1,U,False)
try: m.SemLock(1,1,1,U,False)
except Exception as e: print(type(e).__name__, e)
s3=m.SemLock._rebuild(0, 1, 1, U); print(s3.name == U, s3._get_value())
m.sem_unlink(U)
print(repr(s)[:30])
print(m.SemLock(kind=1,value=1,maxvalue=1,name='/ouro-t-v',unlink=1).name)
sem = m.SemLock(1, 3, 3, '/ouro-t-w', True)
print([sem.acquire() for i in range(3)], sem._get_value(), sem._count(), sem.acquire(False))
for i in range(3): sem.release()
print(sem._get_value())
import _posixshmem as p
fd = p.shm_open(SHM, 0o302, 0o600)  # O_CREAT|O_EXCL|O_RDWR
import os; os.ftruncate(fd, 10); os.write(fd, b'hi'); os.close(fd)
try: p.shm_open(SHM, 0o302, 0o600)
except Exception as e: print(type(e).__name__, e.strerror, e.filename == SHM)
p.shm_unlink(SHM)
try: p.shm_open('/nonex_q', 0)
except Exception as e: print(type(e).__name__, e, e.filename)
try: p.shm_open(3, 0)
except Exception as e: print(type(e).__name__, e)
try: p.shm_unlink('/nonex_q')
except Exception as e: print(type(e).__name__, e, e.filename)


class SubLock(m.SemLock):
    pass
s = SubLock(1, 0, 10, '/ouro-t-sub-%d' % os.getpid(), True)
print(type(s).__name__, s.acquire(False), s.release(), s._get_value())
s.extra = 5
print(s.extra, type(SubLock._rebuild(s.handle, 1, 10, None)).__name__)
try:
    m.SemLock(1, 0, 1, '/ouro-t-y', True).extra = 1
except AttributeError as e:
    print("AttributeError", e)

# signals while blocked in acquire (a forked child sends them, then posts)
sem = m.SemLock(1, 0, 1, '/ouro-t-x', True)
seen = []
signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.1)
    sem.release()
    os._exit(0)
print("acquired after a handled signal:", sem.acquire(timeout=20), seen == [signal.SIGUSR1])
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGINT)
    os._exit(0)
try:
    sem.acquire()
except KeyboardInterrupt:
    print("KeyboardInterrupt out of acquire")
os.waitpid(pid, 0)
print(sem._count(), sem._get_value())
