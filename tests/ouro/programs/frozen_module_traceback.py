"""Tracebacks through the standard-library modules CPython freezes (os,
posixpath, genericpath, stat, codecs, io, abc, _collections_abc, ...)
name them "<frozen NAME>" and show no source line; linecache and inspect
find no source for them either."""
import inspect
import os
import traceback


def show(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc())


show(lambda: os.environ['NO_SUCH_VARIABLE_XYZ'])
show(lambda: os.makedirs('/proc/no/such/dir'))
show(lambda: os.path.join('a', 5))
show(lambda: os.fspath(3.5))
import abc
show(lambda: abc.ABCMeta.register(abc.ABC, 5))
print(os.makedirs.__code__.co_filename, os.path.join.__code__.co_filename)
print(inspect.getsourcefile(os.makedirs))
try:
    inspect.getsource(os.makedirs)
except OSError as e:
    print('OSError', e)
print(os.__file__.endswith('/os.py'), os.path.__name__)
import json
print(json.dumps.__code__.co_filename.endswith('json/__init__.py'))
os.environ['NO_SUCH_VARIABLE_XYZ']
