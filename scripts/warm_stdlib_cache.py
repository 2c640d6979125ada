"""Fills ouro's bytecode caches of the standard library (run by bin/ouro at
build time: `make ouro`), as CPython's installation ships its .pyc files,
so that programs import the standard library without compiling it even
where the caches cannot be written then (PYTHONDONTWRITEBYTECODE, a
read-only installation).

    bin/ouro scripts/warm_stdlib_cache.py [--quiet]

Every .py file under the directory of `os` is compiled through
__ouro__.cache_source, except the test suites (Lib/test and the tests
directories of packages) and site-packages; of site-packages, the modules
the startup's `site` imported for this very run (the .pth files of the
installation import some at every start).  Prints how many caches are up
to date, how many could not be written and how many files do not compile
(some test data files are meant not to).  Run it without
PYTHONDONTWRITEBYTECODE (the Makefile unsets it).
"""
import os
import sys

import __ouro__

SKIP_DIRS = {"test", "tests", "idle_test", "site-packages", "__pycache__"}


def stdlib_sources(lib):
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(root, name)


def startup_site_packages():
    """The site-packages modules this run's startup (site, .pth files)
    imported."""
    for mod in list(sys.modules.values()):
        path = getattr(mod, "__file__", None)
        if path and path.endswith(".py") and "site-packages" in path:
            yield path


def main(argv):
    quiet = "--quiet" in argv
    lib = os.path.dirname(os.__file__)
    cached = unwritable = failed = 0
    for path in list(stdlib_sources(lib)) + list(startup_site_packages()):
        try:
            if __ouro__.cache_source(path):
                cached += 1
            else:
                unwritable += 1
        except (SyntaxError, OSError, UnicodeDecodeError) as e:
            failed += 1
            if not quiet:
                print("not cached: %s: %s" % (path, e), file=sys.stderr)
    print("stdlib bytecode caches under %s: %d up to date, %d not writable, %d not compiled"
          % (lib, cached, unwritable, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
