"""Marking in bounded memory, on a translated program: the corpus program
tests/rpy/programs/gc_big_arrays.py run with millions of items.  Its peak
resident memory may exceed the GC's peak heap by the nursery, the binary
and the GC's own tables, but not by a mark stack that holds every item of
the big list (3 million items: about 26 MB above the heap before marking
went chunked, rpy/c/runtime/gc.c MARK_CHUNK; about 8 MB now)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

PROGRAM = Path(__file__).parent / "programs" / "gc_big_arrays.py"

pytestmark = pytest.mark.translated


def test_three_million_items_mark_without_a_big_mark_stack(rpy_translate):
    exe = rpy_translate(PROGRAM)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OURO_GC_")}
    env["OURO_GC_DEBUG"] = "1"
    proc = subprocess.run([str(exe), "3000000", "rss"], capture_output=True, text=True,
                          env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert out.count("intact: True") == 3, out
    assert "majors >= 3: True" in out
    m = re.search(r"peak KiB: (\d+) peak heap KiB: (\d+)", out)
    assert m, out
    peak_kib, heap_kib = int(m.group(1)), int(m.group(2))
    assert heap_kib > 150 * 1024, out
    assert peak_kib - heap_kib < 16 * 1024, out
    # the mark stack itself: the big list costs a chunk; what remains is the
    # linked list, whose side objects wait on the stack (depth-first order)
    kbs = [int(k) for k in re.findall(r"mark stack (\d+) KB", proc.stderr)]
    assert kbs and max(kbs) <= 4096, proc.stderr[-3000:]
