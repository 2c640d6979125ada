"""sys.tracebacklimit: the most recent entries an uncaught exception's
traceback shows (none and no header for <= 0; huge values clipped;
None and non-ints the default), in chained exceptions too; and
sys.is_finalizing() while the objects left at exit are finalized."""
import subprocess, sys
code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    try:
        f2()
    except ZeroDivisionError:
        raise KeyError('k')
"""
for limit in ["10", "3", "2", "1", "0", "-1", "1 << 1000", "-1 << 1000", "None", "'x'", "True"]:
    p = subprocess.run([sys.executable, "-c", code % limit], capture_output=True)
    print(limit, p.returncode)
    print(p.stderr.decode().replace("^", ""))
fin = """if 1:
    import sys
    class AtExit:
        is_finalizing = sys.is_finalizing
        print = print
        def __del__(self):
            self.print('del', self.is_finalizing(), flush=True)
    ref = AtExit()
    import atexit
    atexit.register(lambda: print('atexit', sys.is_finalizing()))
    print('main', sys.is_finalizing())
"""
p = subprocess.run([sys.executable, "-c", fin], capture_output=True)
print(p.stdout.decode(), p.stderr.decode(), p.returncode)
