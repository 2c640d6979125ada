"""A JSON parser and serializer, as someone writing RPy would write it."""
from __future__ import annotations

from rpy.rlib import ros


class JsonError(Exception):
    pos: int

    def __init__(self, msg: str, pos: int) -> None:
        Exception.__init__(self, msg)
        self.pos = pos


class JValue:
    def dump(self, out: list[str], indent: int, level: int) -> None:
        raise NotImplementedError


class JNull(JValue):
    def dump(self, out: list[str], indent: int, level: int) -> None:
        out.append("null")


class JBool(JValue):
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def dump(self, out: list[str], indent: int, level: int) -> None:
        out.append("true" if self.value else "false")


class JNumber(JValue):
    value: float
    is_int: bool

    def __init__(self, value: float, is_int: bool) -> None:
        self.value = value
        self.is_int = is_int

    def dump(self, out: list[str], indent: int, level: int) -> None:
        if self.is_int:
            out.append(str(int(self.value)))
        else:
            out.append(repr(self.value))


class JString(JValue):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def dump(self, out: list[str], indent: int, level: int) -> None:
        out.append(quote(self.value))


class JArray(JValue):
    items: list[JValue]

    def __init__(self) -> None:
        self.items = []

    def dump(self, out: list[str], indent: int, level: int) -> None:
        if not self.items:
            out.append("[]")
            return
        out.append("[\n")
        for i, item in enumerate(self.items):
            out.append(" " * (indent * (level + 1)))
            item.dump(out, indent, level + 1)
            out.append(",\n" if i < len(self.items) - 1 else "\n")
        out.append(" " * (indent * level) + "]")


class JObject(JValue):
    fields: dict[str, JValue]

    def __init__(self) -> None:
        self.fields = {}

    def dump(self, out: list[str], indent: int, level: int) -> None:
        if len(self.fields) == 0:
            out.append("{}")
            return
        out.append("{\n")
        n = 0
        for key, value in self.fields.items():
            out.append(" " * (indent * (level + 1)) + quote(key) + ": ")
            value.dump(out, indent, level + 1)
            n += 1
            out.append(",\n" if n < len(self.fields) else "\n")
        out.append(" " * (indent * level) + "}")


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r'}


def quote(s: str) -> str:
    parts = ['"']
    for c in s:
        e = ESCAPES.get(c)
        if e is not None:
            parts.append(e)
        elif ord(c) < 32:
            parts.append("\\u%04x" % ord(c))
        else:
            parts.append(c)
    parts.append('"')
    return "".join(parts)


class Parser:
    text: str
    pos: int

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self) -> str:
        self.skip_ws()
        if self.pos >= len(self.text):
            raise JsonError("unexpected end", self.pos)
        return self.text[self.pos]

    def expect(self, s: str) -> None:
        if not self.text.startswith(s, self.pos):
            raise JsonError("expected %r" % s, self.pos)
        self.pos += len(s)

    def parse_value(self) -> JValue:
        c = self.peek()
        if c == "{":
            return self.parse_object()
        if c == "[":
            return self.parse_array()
        if c == '"':
            return JString(self.parse_string())
        if c == "t":
            self.expect("true")
            return JBool(True)
        if c == "f":
            self.expect("false")
            return JBool(False)
        if c == "n":
            self.expect("null")
            return JNull()
        return self.parse_number()

    def parse_number(self) -> JNumber:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = self.text[start:self.pos]
        if not s:
            raise JsonError("unexpected character %r" % self.text[start], start)
        try:
            if "." in s or "e" in s or "E" in s:
                return JNumber(float(s), False)
            return JNumber(float(int(s)), True)
        except ValueError:
            raise JsonError("bad number %s" % s, start)

    def parse_string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while True:
            if self.pos >= len(self.text):
                raise JsonError("unterminated string", self.pos)
            c = self.text[self.pos]
            self.pos += 1
            if c == '"':
                break
            if c == "\\":
                e = self.text[self.pos]
                self.pos += 1
                if e == "n":
                    out.append("\n")
                elif e == "t":
                    out.append("\t")
                elif e == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    out.append(e)
            else:
                out.append(c)
        return "".join(out)

    def parse_array(self) -> JArray:
        self.expect("[")
        arr = JArray()
        if self.peek() == "]":
            self.pos += 1
            return arr
        while True:
            arr.items.append(self.parse_value())
            c = self.peek()
            self.pos += 1
            if c == "]":
                return arr
            if c != ",":
                raise JsonError("expected , or ]", self.pos - 1)

    def parse_object(self) -> JObject:
        self.expect("{")
        obj = JObject()
        if self.peek() == "}":
            self.pos += 1
            return obj
        while True:
            self.peek()
            key = self.parse_string()
            if self.peek() != ":":
                raise JsonError("expected :", self.pos)
            self.pos += 1
            obj.fields[key] = self.parse_value()
            c = self.peek()
            self.pos += 1
            if c == "}":
                return obj
            if c != ",":
                raise JsonError("expected , or }", self.pos - 1)


SAMPLES = [
    '{"name": "Ouroboros", "version": 3, "ratio": 0.75, "tags": ["a", "b\\n"], "ok": true, "none": null}',
    '[1, 2.5e3, -3, {"x": []}, {}, "\\u0041bc"]',
    '{"broken": [1, 2}',
    '{"num": 12a}',
    '"unterminated',
]


def entry_point(argv: list[str]) -> int:
    for s in SAMPLES:
        try:
            v = Parser(s).parse_value()
            out: list[str] = []
            v.dump(out, 2, 0)
            print("".join(out))
        except JsonError as e:
            print("error at %d: %s" % (e.pos, str(e)))
    return 0
