"""Test tooling of the JIT (plain Python, never translated)."""
