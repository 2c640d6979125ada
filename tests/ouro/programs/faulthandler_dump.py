# faulthandler: enable/disable/is_enabled, dump_traceback to a file and a
# descriptor, dump_traceback_later (fired, and cancelled), register/unregister
import faulthandler, sys, io, os, time, signal, threading
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.enable(),
      faulthandler.is_enabled(), faulthandler.disable())
print(faulthandler.cancel_dump_traceback_later())


def f():
    faulthandler.dump_traceback(all_threads=False)


f()
sys.stderr.flush()
r, w = os.pipe()


def g():
    faulthandler.dump_traceback(w, all_threads=False)


g()
os.close(w)
print(os.read(r, 1000).decode())
for bad in (-1, 0):
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    faulthandler.enable(io.StringIO())
except Exception as e:
    print(type(e).__name__, e)
r, w = os.pipe()


def h():
    faulthandler.dump_traceback_later(0.2, file=w)
    time.sleep(0.6)


h()
faulthandler.dump_traceback_later(0.2, file=w)
faulthandler.cancel_dump_traceback_later()
time.sleep(0.4)
os.close(w)
out = os.read(r, 1000).decode()
print(out.replace("%016x" % threading.get_ident(), "ID"))
r, w = os.pipe()
faulthandler.register(signal.SIGUSR1, file=w, all_threads=False)


def k():
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(10):
        pass


k()
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
os.close(w)
print(os.read(r, 1000).decode())
try:
    faulthandler.register(signal.SIGSEGV)
except RuntimeError as e:
    print("RuntimeError", e)
