"""_thread.interrupt_main() in the main thread: the handler runs before
the call returns (KeyboardInterrupt from the call, a Python handler's
effects seen on the next line), SIG_IGN/SIG_DFL make it do nothing, bad
signal numbers are ValueErrors."""
import _thread
import signal

try:
    _thread.interrupt_main()
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from the call")

seen = []
for sig in (signal.SIGINT, signal.SIGTERM):
    old = signal.signal(sig, lambda s, f: seen.append(signal.Signals(s).name))
    try:
        _thread.interrupt_main(sig)
        print("handler ran before the next line:", seen)
    finally:
        signal.signal(sig, old)

for disp in (signal.SIG_IGN, signal.SIG_DFL):
    old = signal.signal(signal.SIGTERM, disp)
    try:
        _thread.interrupt_main(signal.SIGTERM)
        print("nothing happens with", disp)
    finally:
        signal.signal(signal.SIGTERM, old)


def raiser(s, f):
    raise RuntimeError("from handler %d" % s)


old = signal.signal(signal.SIGUSR1, raiser)
try:
    _thread.interrupt_main(signal.SIGUSR1)
except RuntimeError as e:
    print("RuntimeError", e.args[0].startswith("from handler"))
signal.signal(signal.SIGUSR1, old)

for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
print("end")
