"""Imports search sys.path as it is at the time of the import: a new list
bound to sys.path (as multiprocessing's spawn does in its children) is
seen, as are changes to the list; removing the entry hides modules not
imported yet."""
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()
for name in ("rebound_a", "rebound_b", "rebound_c"):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write("VALUE = %r\n" % name)

saved = sys.path
sys.path = [d] + sys.path
import rebound_a
print(rebound_a.VALUE)
sys.path.remove(d)
try:
    import rebound_b
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.append(d)
import rebound_b
print(rebound_b.VALUE)
sys.path = saved
try:
    import rebound_c
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
shutil.rmtree(d)
