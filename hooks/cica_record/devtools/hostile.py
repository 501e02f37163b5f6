"""Hostile data the tests and the benchmark make the build refuse (record/input_limits.py)."""

from __future__ import annotations


def alias_bomb(levels: int) -> str:
    """Lists of nine aliases of the list before, `levels` deep: 9**levels values from a few hundred bytes."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"
