"""The TypeErrors of calling built-in functions and methods with no
argument and with seven: CPython's wording per argument parser."""
import builtins, math
objs = {"str": "abc", "bytes": b"abc", "list": [1, 2], "dict": {1: 2}, "set": {1}, "int": 5,
        "float": 1.5, "tuple": (1,), "bytearray": bytearray(b"x"), "frozenset": frozenset()}
targets = []
for name in sorted(dir(builtins)):
    v = getattr(builtins, name)
    if callable(v) and not isinstance(v, type) and not name.startswith("_") and name not in ("input", "help", "exit", "quit", "breakpoint", "print", "open", "exec", "eval", "compile", "license", "credits", "copyright", "aiter", "anext"):
        targets.append(("builtins." + name, v))
for name in sorted(dir(math)):
    v = getattr(math, name)
    # not math.__loader__: math is built in here, an extension module in CPython
    if callable(v) and not name.startswith("_"):
        targets.append(("math." + name, v))
for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith("__"):
            continue
        v = getattr(o, name)
        if callable(v):
            targets.append((tn + "." + name, v))
for label, f in targets:
    for args in ([], ["x"] * 7):
        try:
            f(*args)
        except TypeError as e:
            m = str(e)
            if "argument" in m:
                print(label, len(args), m)
        except Exception:
            pass
