# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:",
# the hook's traceback, "Original exception was:" and the original
# traceback, all through sys.stderr (here an object that copies to stdout).
import sys


class ToStdout:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))
        return len(text)

    def flush(self):
        sys.stdout.flush()


def hook(exc_type, exc, tb):
    raise RuntimeError("hook failed for %s" % exc_type.__name__)


sys.stderr = ToStdout()
sys.excepthook = hook
print("start")
raise ValueError("the original")
