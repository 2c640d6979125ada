# An uncaught KeyboardInterrupt from a SIGINT arriving in a loop: the
# traceback, then the process ends by SIGINT (status -2 / 130 in a shell).
import os
import signal

print("start", signal.getsignal(signal.SIGINT) is signal.default_int_handler)


def spin():
    os.kill(os.getpid(), signal.SIGINT)
    n = 0
    while n < 10 ** 9:
        n += 1
    print("not reached")


try:
    spin()
finally:
    print("finally runs")
