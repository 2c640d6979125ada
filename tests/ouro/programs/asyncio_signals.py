# signals while waiting: a handler interrupting select() (PEP 475: it
# raises, so the wait ends), and asyncio's add_signal_handler (the
# set_wakeup_fd byte wakes up the selector)
import asyncio
import os
import select
import signal


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    print("handler for", signal.Signals(signum).name)
    raise Alarm("from the handler")


r, w = os.pipe()
old = signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
try:
    select.select([r], [], [], 30)
except Alarm as e:
    print("select interrupted:", e)
signal.alarm(1)
p = select.poll()
p.register(r, select.POLLIN)
try:
    p.poll(30000)
except Alarm as e:
    print("poll interrupted:", e)
signal.signal(signal.SIGALRM, old)

a, b = __import__("socket").socketpair()
a.setblocking(False)
try:
    signal.set_wakeup_fd(b.fileno())
except ValueError as e:
    print(str(e).replace(str(b.fileno()), "N"))
print(signal.set_wakeup_fd(a.fileno()) == -1, signal.set_wakeup_fd(-1) == a.fileno())
try:
    signal.set_wakeup_fd(9999)
except OSError as e:
    print(type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.set_result("SIGUSR1 handled"))
    loop.call_soon(os.kill, os.getpid(), signal.SIGUSR1)
    print(await got)
    got2 = loop.create_future()
    loop.add_signal_handler(signal.SIGALRM, lambda tag: got2.set_result(tag), "alarm arrived")
    signal.alarm(1)
    print(await got2)
    print(loop.remove_signal_handler(signal.SIGALRM), loop.remove_signal_handler(signal.SIGALRM))
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)


# Ctrl-C during asyncio.run: the Runner's SIGINT handler cancels the main
# task, then asyncio.run raises KeyboardInterrupt
async def interrupted():
    asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("main cancelled by SIGINT")
        raise


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt out of asyncio.run")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
