import json
from dataclasses import dataclass, asdict
from decimal import Decimal

raw = '''{
  "name": "service",
  "version": 3,
  "ratio": 0.75,
  "enabled": true,
  "owner": null,
  "tags": ["a", "b", "\\u00e9t\\u00e9"],
  "limits": {"cpu": 2.5, "mem": 1024, "nested": {"deep": [1, [2, [3]]]}}
}'''
cfg = json.loads(raw)
print(cfg)
print(json.dumps(cfg))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1.0, 1e100, 1e-7, float("inf"), -float("inf"), 3.14159265358979, 10 ** 20, -0.0]))
print(json.dumps({"b": 1, "a": [], "c": {}}, indent=4))
print(json.dumps("tab\t\"quote\" \\ \u2603 \x01"), json.dumps("\u2603", ensure_ascii=False))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "f"}))
print(json.dumps((1, 2)), json.loads("[1, 2]"), json.loads('"\\ud83d\\ude00"'))
print(json.loads("1e3"), json.loads("-0"), json.loads("123456789012345678901234567890"), json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  [ ]  "))
print(json.loads('{"x": 1.5}', parse_float=Decimal), json.loads('[1, 2]', parse_int=str))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["k", 1]]', object_pairs_hook=dict) if False else json.loads('{"k": 1, "j": 2}', object_pairs_hook=list))


@dataclass
class User:
    id: int
    name: str


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, User):
            return {"__user__": asdict(o)}
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"u": User(1, "x"), "d": Decimal("1.10"), "s": {3, 1, 2}}, cls=Enc))
print(json.dumps([User(2, "y")], default=lambda o: o.__dict__))
try:
    json.dumps({"u": User(1, "x")})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}', '[1] x', '"abc', "[01]", '{"a":\n  nul}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.pos, e.lineno, e.colno)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}}, sort_keys=True, indent="\t"))
print(repr(json.JSONDecodeError("msg", "doc", 0)))
