"""json_dumps: json.dumps of an empty dict, a flat dict, a nested dict
(with non-ASCII text) and a list of a thousand nested dicts, as in
pyperformance's json_dumps workload. Written for Ouroboros; prints the
total length of the output and the last document's start."""
import json
import sys

FLAT = {"alpha": 0, "beta": True, "gamma": "value", "delta": "text", "eps": "string",
        "zeta": None, "eta": 2.5, "theta": [1, 2, 3]}
NESTED = {"alpha": 0, "beta": FLAT, "gamma": "value", "delta": FLAT, "eps": FLAT,
          "name": "\u0105\u0107\u017c \u00e9t\u00e9 \u65e5\u672c"}
CASES = [({}, 2000), (FLAT, 1000), (NESTED, 1000), ([NESTED] * 1000, 1)]


def bench():
    total = 0
    last = ""
    for obj, count in CASES:
        for _ in range(count):
            last = json.dumps(obj)
            total += len(last)
    return total, last


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    for _ in range(loops):
        total, last = bench()
    print("json_dumps", loops, total, last[:120])


if __name__ == "__main__":
    main()
