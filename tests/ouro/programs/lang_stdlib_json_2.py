# uncaught: json.JSONDecodeError from malformed input
import json

documents = [
    '{"id": 1, "tags": ["a", "b"]}',
    '[1, 2, {"nested": true}]',
    '"just a string"',
    '{"id": 2, "tags": [}',
]
parsed = []
for doc in documents[:3]:
    parsed.append(json.loads(doc))
print(parsed)
print(json.dumps(parsed, sort_keys=True))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("caught:", e.msg, e.lineno, e.colno, e.pos)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
for doc in documents:
    print(json.loads(doc))
print("not reached")
