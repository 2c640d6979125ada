"""-W options, PYTHONWARNINGS, -X dev and -b as CPython turns them into
sys.warnoptions and then into the filters (the warnings module imported
at startup, invalid options reported there), run through subprocesses of
sys.executable."""
import os
import subprocess
import sys

SHOW = ("import sys, warnings; print(sys.warnoptions); "
        "print([(f[0], f[2].__name__, f[3]) for f in warnings.filters[:4]])")
EMIT = ("import warnings; warnings.warn('a user warning'); "
        "warnings.warn('a deprecation', DeprecationWarning); print('after')")


def run(args, code, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    env.pop("PYTHONDEVMODE", None)
    if env_extra:
        env.update(env_extra)
    p = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=env)
    print(args, env_extra or "", "->", p.returncode)
    for line in p.stdout.splitlines():
        print("  out:", line)
    for line in p.stderr.splitlines():
        print("  err:", line)


run([], SHOW)
run(["-W", "error"], SHOW)
run(["-Wignore::DeprecationWarning", "-W", "once::UserWarning"], SHOW)
run(["-b"], SHOW)
run(["-bb", "-W", "error"], SHOW)
run(["-X", "dev"], SHOW)
run(["-W", "error"], SHOW, {"PYTHONWARNINGS": "ignore,default::UserWarning"})
run(["-E"], SHOW, {"PYTHONWARNINGS": "error"})
run(["-W", "bogus", "-W", "error::NoSuchCategory", "-W", "ignore:msg:UserWarning:mod:notanumber",
     "-W", "a:b:c:d:e:f"], SHOW)
run([], EMIT)
run(["-W", "error"], EMIT)
run(["-W", "ignore"], EMIT)
run(["-W", "always::DeprecationWarning"], EMIT)
run(["-W", "error:a user:UserWarning"], EMIT)
run([], EMIT, {"PYTHONWARNINGS": "error::DeprecationWarning"})
