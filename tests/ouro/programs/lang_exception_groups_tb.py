import traceback
import sys


def validate(rec):
    errors = []
    if not isinstance(rec.get("id"), int):
        errors.append(TypeError(f"id must be int, got {type(rec.get('id')).__name__}"))
    if not rec.get("name"):
        errors.append(ValueError("name is required"))
    if errors:
        raise ExceptionGroup(f"record {rec!r} invalid", errors)
    return rec


records = [{"id": 1, "name": "a"}, {"id": "2", "name": ""}, {"id": 3}]
ok = []
for r in records:
    try:
        ok.append(validate(r))
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
print(ok)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k"), TypeError("t")])])
print(repr(eg), str(eg), len(eg.exceptions))
m, rest = eg.split(TypeError)
print(repr(m), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (KeyError, ValueError))))
print(BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__, ExceptionGroup("y", [ValueError()]).__class__.__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    raise eg
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise RuntimeError("second")
except RuntimeError:
    print(traceback.format_exc())
print("".join(traceback.format_exception_only(KeyError, KeyError("x"))), end="")
try:
    {}["a"]
except KeyError as e:
    tb = e.__traceback__
    print(traceback.extract_tb(tb)[0].name, traceback.extract_tb(tb)[0].line, type(tb).__name__)
    print(traceback.format_exception(e)[-1], end="")
stack = traceback.extract_stack()
print(len(stack) >= 1, stack[-1].name)


def deep(n):
    if n == 0:
        raise ExceptionGroup("from deep", [ValueError("v"), TypeError("t")])
    deep(n - 1)


deep(2)
