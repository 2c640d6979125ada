"""JSON round trips of nested records: custom encoders/decoders, sorting, pretty printing, errors with positions."""
import json
from dataclasses import dataclass, asdict
from fractions import Fraction

@dataclass
class Book:
    title: str
    year: int
    tags: list
    rating: float = 0.0

books = [Book("Dune", 1965, ["sf", "classic"], 4.5), Book("Émile", 1762, ["philosophy"]), Book("Neuromancer", 1984, ["sf", "cyber"], 4.1)]
doc = {"library": "Main", "count": len(books), "books": [asdict(b) for b in books], "open": True, "closed_on": None}
text = json.dumps(doc, indent=2, sort_keys=True)
print(text[:300])
print(json.dumps(doc, ensure_ascii=False)[:120])
print(json.dumps(doc, separators=(",", ":"))[:100])
back = json.loads(text)
print(back == doc, [Book(**b) for b in back["books"]][1])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Fraction):
            return {"__fraction__": [o.numerator, o.denominator]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
def hook(d):
    if "__fraction__" in d:
        return Fraction(*d["__fraction__"])
    return d
payload = {"half": Fraction(1, 2), "ids": {3, 1, 2}, "nested": [Fraction(5, 3)]}
s = json.dumps(payload, cls=Enc)
print(s, json.loads(s, object_hook=hook))
print(json.dumps([1.0, 1e100, float("inf"), -0.0, 10 ** 20, "\u2603", "\n\t\"", True, None]))
print(json.loads('[1.5e3, -0, 0.1, 12345678901234567890, "\\u00e9", {"a": [], "b": {}}]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.loads(' "x" '), json.loads("[]", object_pairs_hook=list))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps({1: "int key", True: "bool key", None: "none", 2.5: "float"}))
for bad in ('{"a": }', '[1, 2', '{"a" 1}', '"unterminated', '{1: 2}', 'tru', '[1,]', '', '01', '{"a":1}x', '"\\q"'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} {e.msg} @ line {e.lineno} col {e.colno} (pos {e.pos})")
for bad in ({"s": {1, 2}}, {(1, 2): 3}, [float("nan")], object()):
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(type(e).__name__, e)
json.loads('{"config": {"depth": [1, 2, 3}}')
