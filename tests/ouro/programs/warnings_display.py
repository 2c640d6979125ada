"""How warnings are shown: the default text on stderr with the source
line, warnings.showwarning and formatwarning replaced by the program,
catch_warnings(record=True) with the `source` attribute, a
ResourceWarning with a source from subprocess.Popen.__del__ under
'always', the plain writer of _warnings when warnings._showwarnmsg is
gone, and a warning turned into an uncaught error (its traceback)."""
import gc
import subprocess
import sys
import warnings

warnings.simplefilter("always")
warnings.warn("shown on stderr")
warnings.warn("a runtime one", RuntimeWarning)


class Resource:
    pass


res = Resource()
with warnings.catch_warnings(record=True) as log:
    warnings.warn("with a source", ResourceWarning, source=res)
    warnings.warn_explicit("explicit with a source", ResourceWarning, "somefile.py", 12,
                           source=res)
print([(str(w.message), w.source is res, w.file, w.line) for w in log])
print(str(log[0]).replace(__file__, "FILE"))

# a program's own showwarning and formatwarning
def my_showwarning(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", message, category.__name__, filename == __file__, lineno, file, line)


saved = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.warn("to my hook")
warnings.warn("with source to my hook", ResourceWarning, source=res)
warnings.showwarning = saved


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s|%s|%s\n" % (message, category.__name__, lineno)


saved_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn("through my formatter")
warnings.formatwarning = saved_format
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  ").rstrip())
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
sys.stdout.flush()

# subprocess.Popen.__del__: "subprocess N is still running" with source=self
p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.5)"])
pid = p.pid
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    del p
    gc.collect()
print([(str(w.message).replace(str(pid), "PID"), w.category.__name__,
        type(w.source).__name__) for w in log])

# without warnings._showwarnmsg: _warnings writes the plain text itself
saved_show = warnings._showwarnmsg
del warnings._showwarnmsg
sys.stdout.flush()
warnings.warn("plain writer")
warnings._showwarnmsg = saved_show

# showwarning set to something that is not callable
warnings.showwarning = 42
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = saved
sys.stdout.flush()

# stacklevel=2 from a function, then an error that is not caught
def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)


deprecated_api()
warnings.simplefilter("error")
deprecated_api()
