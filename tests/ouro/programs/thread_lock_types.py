# The types of _thread's locks: named _thread.lock/_thread.RLock, LockType cannot be instantiated
import threading, _thread
l = threading.Lock(); r = threading.RLock()
print(repr(l).split(" at ")[0], repr(r).split(" at ")[0])
l.acquire(); r.acquire()
print(repr(l).split(" at ")[0], repr(r).split(" owner=")[0])
print(type(l), type(r), _thread.LockType, type(l) is _thread.LockType, type(l).__module__, type(r).__qualname__)
try:
    _thread.LockType()
except TypeError as e:
    print(e)
print(type(_thread.RLock()).__name__)
