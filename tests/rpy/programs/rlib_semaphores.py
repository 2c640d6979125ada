"""rpy.rlib.runix's POSIX named semaphores and shared memory: create
(O_EXCL: a second create fails with EEXIST), open by name, trywait, wait
with a deadline that passes and one that does not, post, getvalue, a
semaphore shared with a forked child, unlink and close; shm_open,
shm_unlink and their errors (OSError with the errno)."""
from __future__ import annotations

from rpy.rlib import rprocess, ros, runix

NAME = b"/rpy-rlib-sem-test"
SHM = b"/rpy-rlib-shm-test"


def semaphores() -> None:
    h = runix.sem_open(NAME, True, 2)
    try:
        runix.sem_open(NAME, True, 1)
    except OSError:
        print("second create: errno", ros.get_errno())
    h2 = runix.sem_open(NAME, False, 0)
    print("value", runix.sem_getvalue(h), runix.sem_getvalue(h2))
    print("trywait", runix.sem_trywait(h), runix.sem_trywait(h2), runix.sem_trywait(h))
    soon = ros.time_ns() + 20000000
    print("timed wait on zero", runix.sem_wait(h, soon), ros.time_ns() >= soon)
    runix.sem_post(h2)
    print("wait after post", runix.sem_wait(h, -1), runix.sem_getvalue(h))
    pid = rprocess.fork()
    if pid == 0:
        runix.sem_post(h)
        ros.os_exit(0)
    print("wait for the child's post", runix.sem_wait(h, ros.time_ns() + 10000000000))
    rprocess.waitpid(pid, 0)
    runix.sem_close(h2)
    runix.sem_unlink(NAME)
    try:
        runix.sem_unlink(NAME)
    except OSError:
        print("second unlink: errno", ros.get_errno())
    try:
        runix.sem_open(NAME, False, 0)
    except OSError:
        print("open unlinked: errno", ros.get_errno())
    runix.sem_post(h)
    print("still usable", runix.sem_getvalue(h))
    runix.sem_close(h)
    print("max", runix.sem_value_max() >= 32767)


def shared_memory() -> None:
    fd = runix.shm_open(SHM, ros.O_RDWR | ros.O_CREAT | ros.O_EXCL, 0o600)
    ros.write(fd, b"shared")
    ros.close(fd)
    fd = runix.shm_open(SHM, ros.O_RDONLY, 0)
    print("shm", ros.read(fd, 10))
    ros.close(fd)
    try:
        runix.shm_open(SHM, ros.O_RDWR | ros.O_CREAT | ros.O_EXCL, 0o600)
    except OSError:
        print("shm exists: errno", ros.get_errno())
    runix.shm_unlink(SHM)
    try:
        runix.shm_unlink(SHM)
    except OSError:
        print("shm unlinked: errno", ros.get_errno())


def entry_point(argv: list[str]) -> int:
    semaphores()
    shared_memory()
    return 0
