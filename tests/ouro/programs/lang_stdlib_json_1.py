# json round trips
import json
data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "score": 9.5, "ok": True, "none": None,
        "nested": {"k": [1, {"deep": "x"}]}, "unicode": "é€😀", "esc": "quote\"back\\slash\n"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["score"]).__name__, back["unicode"])
print(json.loads("[1, 2.5, -3e2, true, false, null, \"s\", {}]"))
print(json.loads('{"a": {"b": [1, 2, {"c": null}]}}')["a"]["b"][2])
print(json.dumps([1e100, 0.1, -0.0, 10 ** 20, float("inf")]), json.dumps("\u0001\t"))
print(json.dumps({1: "int key", 2.5: "float key", None: "none", True: "bool"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps("plain"))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
print(json.loads("[1.5, 2]", parse_float=lambda s: "F" + s), json.loads('{"a":1,"a":2}'))
for bad in ["{", "[1,]", "{'a': 1}", "nul", '"\\x"', "1 2"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(Pt(0, 0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({"b": [1], "a": None}))
print(list(json.JSONDecoder().raw_decode('{"z": 1} trailing')))
