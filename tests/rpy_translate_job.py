"""One translation run in the background for tests/conftest.py's shared
translation store: runs `python -m rpy.translate ...` with a timeout and then
writes RESULT (atomically: a temporary file renamed), "ok" when the
executable exists or the reason of the failure.  A separate process so that
the test worker that started it goes on running other tests, and so that the
result reaches every pytest-xdist worker through the file system.

usage: python rpy_translate_job.py RESULT EXE TIMEOUT -- TRANSLATOR-COMMAND...
"""
from __future__ import annotations

import os
import subprocess
import sys


def _tail(data: bytes, limit: int = 6000) -> str:
    text = data.decode("utf-8", "replace")
    if len(text) > limit:
        text = "...\n" + text[-limit:]
    return text


def run(exe: str, timeout: float, cmd: list[str]) -> str:
    name = os.path.basename(cmd[-1])
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "translation of %s timed out after %ss" % (name, timeout)
    if proc.returncode != 0:
        return "translation of %s failed (exit status %d):\n%s" % (
            name, proc.returncode, _tail(proc.stderr))
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        return ("translation of %s exited with status 0 but %s is not an executable "
                "file; stderr:\n%s" % (name, exe, _tail(proc.stderr)))
    return "ok"


def main(argv: list[str]) -> int:
    result, exe, timeout = argv[1], argv[2], float(argv[3])
    assert argv[4] == "--"
    try:
        outcome = run(exe, timeout, argv[5:])
    except BaseException as e:      # the waiting tests must learn of it, whatever it is
        outcome = "translation job failed: %r" % (e,)
    tmp = result + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(outcome)
    os.replace(tmp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
