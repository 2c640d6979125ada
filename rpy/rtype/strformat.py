"""Parsing of constant format strings: '%' formats and f-string format specs.

A '%' format becomes a list of literal strings and Conv objects; the rtyper
emits one runtime call per conversion and one concatenation.
"""
from __future__ import annotations

from typing import Any

FLAG_BITS = {'-': 1, '0': 2, '+': 4, ' ': 8, '#': 16}


class Conv:
    def __init__(self, conv: str, flags: int, width: int, prec: int) -> None:
        self.conv = conv
        self.flags = flags
        self.width = width
        self.prec = prec
        self.fill = ' '
        self.align = ''          # '<', '>', '^' when given explicitly

    @property
    def needs_padding_helper(self) -> bool:
        """Centering or a fill character other than space: padded by an RPy helper."""
        return self.align == '^' or (self.fill != ' ' and self.align in '<>^' and self.align != '')

    def __repr__(self) -> str:
        return 'Conv(%r, %d, %d, %d)' % (self.conv, self.flags, self.width, self.prec)


def parse_format(fmt: str) -> list[Any]:
    result: list[Any] = []
    i = 0
    lit = []
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            lit.append(c)
            i += 1
            continue
        i += 1
        if i < n and fmt[i] == '%':
            lit.append('%')
            i += 1
            continue
        flags = 0
        while i < n and fmt[i] in FLAG_BITS:
            flags |= FLAG_BITS[fmt[i]]
            i += 1
        width = 0
        while i < n and fmt[i].isdigit():
            width = width * 10 + int(fmt[i])
            i += 1
        prec = -1
        if i < n and fmt[i] == '.':
            i += 1
            prec = 0
            while i < n and fmt[i].isdigit():
                prec = prec * 10 + int(fmt[i])
                i += 1
        if i < n and fmt[i] in 'lh':
            i += 1
        if i >= n:
            raise ValueError("incomplete format")
        conv = fmt[i]
        i += 1
        if conv == '*' or conv == '(':
            raise ValueError("'%%%s' in formats is not supported" % conv)
        if conv not in 'diuxXofFeEgGsr':
            raise ValueError("unsupported format character '%s'" % conv)
        if lit:
            result.append(''.join(lit))
            lit = []
        result.append(Conv(conv, flags, width, prec))
    if lit:
        result.append(''.join(lit))
    return result


def parse_spec(spec: str, t: Any = None) -> Conv:
    """A format spec of an f-string ('>10', '.3f', '05d', 'x') as one Conv."""
    fill_align = ''
    i = 0
    if len(spec) >= 2 and spec[1] in '<>^':
        fill_align = spec[:2]
        i = 2
    elif spec[:1] in '<>^':
        fill_align = spec[:1]
        i = 1
    flags = 0
    align = fill_align[-1] if fill_align else ''
    fill = fill_align[0] if len(fill_align) == 2 else ' '
    if align == '<':
        flags |= FLAG_BITS['-']
    if i < len(spec) and spec[i] in '+ ':
        flags |= FLAG_BITS[spec[i]]
        i += 1
    if i < len(spec) and spec[i] == '#':
        flags |= FLAG_BITS['#']
        i += 1
    if i < len(spec) and spec[i] == '0':
        flags |= FLAG_BITS['0']
        i += 1
    width = 0
    while i < len(spec) and spec[i].isdigit():
        width = width * 10 + int(spec[i])
        i += 1
    if i < len(spec) and spec[i] == ',':
        raise ValueError("format spec %r: ',' is not supported" % spec)
    prec = -1
    if i < len(spec) and spec[i] == '.':
        i += 1
        prec = 0
        while i < len(spec) and spec[i].isdigit():
            prec = prec * 10 + int(spec[i])
            i += 1
    conv = spec[i:] or ''
    if conv not in ('', 'd', 'x', 'X', 'o', 'f', 'F', 'e', 'E', 'g', 'G', 's', '%'):
        raise ValueError("format spec %r is not supported" % spec)
    if conv == '%':
        raise ValueError("format spec %r: '%%' is not supported" % spec)
    c = Conv(conv, flags, width, prec)
    c.fill = fill
    c.align = align
    return c
