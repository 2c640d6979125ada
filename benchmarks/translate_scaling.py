#!/usr/bin/env python3
"""How translation time grows with program size.

Generates synthetic RPy programs of N units (a subclass with a virtual
method, a function using lists, dicts, exceptions and formatting), translates
each with `python -m rpy.translate` and prints the [Timer] phases; then runs
the result and checks it against the untranslated program.

    python3 benchmarks/translate_scaling.py [--sizes 100,400,1600]
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generate(n: int) -> str:
    out = ["from __future__ import annotations", "",
           "class Base:\n    x: int\n    def __init__(self, x: int) -> None:\n        self.x = x\n"
           "    def f(self, y: int) -> int:\n        return self.x + y\n"]
    for i in range(n):
        out.append(
            f"class C{i}(Base):\n    v{i}: list[int]\n    def __init__(self, x: int) -> None:\n"
            f"        Base.__init__(self, x)\n        self.v{i} = [x, {i}]\n"
            f"    def f(self, y: int) -> int:\n        s = 0\n        for k in self.v{i}:\n"
            f"            s += k * y\n        if s % 3 == 0:\n            return s + self.x\n"
            f"        d: dict[str, int] = {{'a': s}}\n        return d.get('a', 0) + {i}\n")
        out.append(
            f"def g{i}(n: int) -> int:\n    total = 0\n"
            f"    objs: list[Base] = [C{i}(n), C{(i + 1) % n}(n + 1)]\n"
            f"    for o in objs:\n        total += o.f(n)\n    try:\n        total += int(str(total))\n"
            f"    except ValueError:\n        total = -1\n"
            f"    return total + len('%d-%s' % (n, str(total)))\n")
    out.append("def entry_point(argv: list[str]) -> int:\n    t = 0")
    out += [f"    t += g{i}({i})" for i in range(n)]
    out.append("    print(t)\n    return 0\n")
    return "\n".join(out)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument('--sizes', default='100,400,1600')
    a = p.parse_args()
    env = dict(os.environ, PYTHONPATH=REPO)
    print("%8s %8s  %s" % ("units", "lines", "phases (s)"))
    with tempfile.TemporaryDirectory() as d:
        for n in [int(x) for x in a.sizes.split(',')]:
            src = os.path.join(d, 'synth%d.py' % n)
            with open(src, 'w') as f:
                f.write(generate(n))
            nlines = generate(n).count('\n')
            exe = os.path.join(d, 'synth%d-c' % n)
            r = subprocess.run([sys.executable, '-m', 'rpy.translate', '--output', exe, src],
                               capture_output=True, text=True, env=env)
            if r.returncode != 0:
                print(r.stderr[-2000:])
                return 1
            phases = re.findall(r'\[Timer\] (.*?) --- ([0-9.]+) s', r.stderr)
            got = subprocess.run([exe], capture_output=True, text=True).stdout
            want = subprocess.run([sys.executable, '-m', 'rpy.run', src], capture_output=True,
                                  text=True, env=env).stdout
            print("%8d %8d  %s  %s" % (n, nlines, '  '.join('%s %s' % x for x in phases),
                                       'same output' if got == want else 'OUTPUT DIFFERS'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
