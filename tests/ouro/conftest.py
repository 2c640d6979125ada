"""Fixtures shared by the tests of the translated interpreter."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session")
def ouro_exe(rpy_translate) -> Path:
    """The translated interpreter: $OURO_EXE when set (an already translated
    ouro, e.g. bin/ouro), else ouro/target.py translated once for the whole
    run (tests/conftest.py starts that translation when the tests are
    collected)."""
    exe = os.environ.get("OURO_EXE")
    if exe:
        return Path(exe)
    return rpy_translate(REPO / "ouro" / "target.py")
