"""A real program: a JSON-like value class hierarchy (null, bool, int, float,
string, array, object) with a recursive parser, a compact serializer and an
indenting pretty printer (virtual methods), string escaping, a query by path
and structural statistics."""
from __future__ import annotations


class JsonError(Exception):
    pos: int
    msg: str

    def __init__(self, pos: int, msg: str) -> None:
        self.pos = pos
        self.msg = msg


class JValue:
    def compact(self) -> str:
        raise NotImplementedError("compact")

    def pretty(self, indent: int, out: list[str]) -> None:
        out.append(self.compact())

    def kind(self) -> str:
        return "value"

    def count_nodes(self) -> int:
        return 1


class JNull(JValue):
    def compact(self) -> str:
        return "null"

    def kind(self) -> str:
        return "null"


class JBool(JValue):
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def compact(self) -> str:
        return "true" if self.value else "false"

    def kind(self) -> str:
        return "bool"


class JInt(JValue):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def compact(self) -> str:
        return str(self.value)

    def kind(self) -> str:
        return "int"


class JFloat(JValue):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def compact(self) -> str:
        return repr(self.value)

    def kind(self) -> str:
        return "float"


def escape(s: str) -> str:
    parts: list[str] = ['"']
    for ch in s:
        if ch == '"':
            parts.append('\\"')
        elif ch == "\\":
            parts.append("\\\\")
        elif ch == "\n":
            parts.append("\\n")
        elif ch == "\t":
            parts.append("\\t")
        elif ord(ch) < 0x20:
            parts.append("\\u%04x" % ord(ch))
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


class JStr(JValue):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def compact(self) -> str:
        return escape(self.value)

    def kind(self) -> str:
        return "string"


class JArray(JValue):
    items: list[JValue]

    def __init__(self) -> None:
        self.items = []

    def compact(self) -> str:
        return "[" + ",".join([it.compact() for it in self.items]) + "]"

    def pretty(self, indent: int, out: list[str]) -> None:
        if len(self.items) == 0:
            out.append("[]")
            return
        out.append("[\n")
        for i, it in enumerate(self.items):
            out.append("  " * (indent + 1))
            it.pretty(indent + 1, out)
            out.append(",\n" if i < len(self.items) - 1 else "\n")
        out.append("  " * indent + "]")

    def kind(self) -> str:
        return "array"

    def count_nodes(self) -> int:
        n = 1
        for it in self.items:
            n += it.count_nodes()
        return n


class JObject(JValue):
    fields: dict[str, JValue]

    def __init__(self) -> None:
        self.fields = {}

    def compact(self) -> str:
        return "{" + ",".join([escape(k) + ":" + v.compact() for k, v in self.fields.items()]) + "}"

    def pretty(self, indent: int, out: list[str]) -> None:
        if len(self.fields) == 0:
            out.append("{}")
            return
        out.append("{\n")
        i = 0
        for k, v in self.fields.items():
            out.append("  " * (indent + 1) + escape(k) + ": ")
            v.pretty(indent + 1, out)
            i += 1
            out.append(",\n" if i < len(self.fields) else "\n")
        out.append("  " * indent + "}")

    def kind(self) -> str:
        return "object"

    def count_nodes(self) -> int:
        n = 1
        for v in self.fields.values():
            n += v.count_nodes()
        return n


def parse_hex(digits: str) -> int:
    value = 0
    for d in digits.lower():
        k = "0123456789abcdef".find(d)
        if k < 0:
            raise ValueError("bad hex digit " + d)
        value = value * 16 + k
    return value


class JsonParser:
    src: str
    pos: int

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0

    def skip_ws(self) -> None:
        while self.pos < len(self.src) and self.src[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self) -> str:
        self.skip_ws()
        if self.pos >= len(self.src):
            return ""
        return self.src[self.pos]

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise JsonError(self.pos, "expected " + repr(ch))
        self.pos += 1

    def parse(self) -> JValue:
        v = self.parse_value()
        if self.peek() != "":
            raise JsonError(self.pos, "trailing data")
        return v

    def parse_value(self) -> JValue:
        ch = self.peek()
        if ch == "{":
            return self.parse_object()
        if ch == "[":
            return self.parse_array()
        if ch == '"':
            return JStr(self.parse_string())
        if ch == "-" or ch.isdigit():
            return self.parse_number()
        for word in ["true", "false", "null"]:
            if self.src.startswith(word, self.pos):
                self.pos += len(word)
                if word == "null":
                    return JNull()
                return JBool(word == "true")
        raise JsonError(self.pos, "unexpected " + (repr(ch) if ch != "" else "end"))

    def parse_number(self) -> JValue:
        start = self.pos
        is_float = False
        if self.src[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.src):
            c = self.src[self.pos]
            if c.isdigit():
                self.pos += 1
            elif c in ".eE+-":
                is_float = True
                self.pos += 1
            else:
                break
        text = self.src[start:self.pos]
        try:
            if is_float:
                return JFloat(float(text))
            return JInt(int(text))
        except ValueError:
            raise JsonError(start, "bad number " + text)

    def parse_string(self) -> str:
        self.expect('"')
        parts: list[str] = []
        while True:
            if self.pos >= len(self.src):
                raise JsonError(self.pos, "unterminated string")
            c = self.src[self.pos]
            self.pos += 1
            if c == '"':
                break
            if c == "\\":
                e = self.src[self.pos]
                self.pos += 1
                if e == "n":
                    parts.append("\n")
                elif e == "t":
                    parts.append("\t")
                elif e == "u":
                    parts.append(chr(parse_hex(self.src[self.pos:self.pos + 4])))
                    self.pos += 4
                else:
                    parts.append(e)
            else:
                parts.append(c)
        return "".join(parts)

    def parse_array(self) -> JValue:
        self.expect("[")
        arr = JArray()
        if self.peek() == "]":
            self.pos += 1
            return arr
        while True:
            arr.items.append(self.parse_value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return arr

    def parse_object(self) -> JValue:
        self.expect("{")
        obj = JObject()
        if self.peek() == "}":
            self.pos += 1
            return obj
        while True:
            self.skip_ws()
            key = self.parse_string()
            self.expect(":")
            obj.fields[key] = self.parse_value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return obj


def query(v: JValue, path: list[str]) -> JValue | None:
    cur = v
    for step in path:
        if isinstance(cur, JObject):
            if step not in cur.fields:
                return None
            cur = cur.fields[step]
        elif isinstance(cur, JArray):
            idx = int(step)
            if idx < 0 or idx >= len(cur.items):
                return None
            cur = cur.items[idx]
        else:
            return None
    return cur


def pretty(v: JValue) -> str:
    out: list[str] = []
    v.pretty(0, out)
    return "".join(out)


def kinds(v: JValue, counts: dict[str, int]) -> None:
    k = v.kind()
    counts[k] = counts.get(k, 0) + 1
    if isinstance(v, JArray):
        for it in v.items:
            kinds(it, counts)
    elif isinstance(v, JObject):
        for f in v.fields.values():
            kinds(f, counts)


DOC = """
{"name": "Ouroboros", "version": 3, "ratio": 0.75, "tags": ["python", "c", "jit"],
 "nested": {"empty_list": [], "empty_obj": {}, "flag": true, "nothing": null,
            "numbers": [1, -2, 3.5, 1e-5, 12345678901234]},
 "text": "line1\\nline2 \\"quoted\\" tab\\t caf\\u00e9 中",
 "matrix": [[1, 2], [3, 4]]}
"""


def entry_point(argv: list[str]) -> int:
    doc = JsonParser(DOC).parse()
    print(pretty(doc))
    compact = doc.compact()
    print(compact)
    again = JsonParser(compact).parse()
    print("round trip stable:", again.compact() == compact)
    print("nodes:", doc.count_nodes())
    counts: dict[str, int] = {}
    kinds(doc, counts)
    print(" ".join(["%s=%d" % (k, n) for k, n in counts.items()]))
    for path in ["name", "tags/2", "nested/numbers/3", "matrix/1/0", "nested/flag", "tags/9", "name/x"]:
        found = query(doc, path.split("/"))
        if found is None:
            print(path, "-> (missing)")
        else:
            print(path, "->", found.kind(), found.compact())
    for bad in ["[1, 2", "{\"a\" 1}", "tru", "[1,]", "\"open", "{} x", "-"]:
        try:
            JsonParser(bad).parse()
            print(repr(bad), "parsed?!")
        except JsonError as e:
            print(repr(bad), "-> error at", e.pos, e.msg)
    return 0
