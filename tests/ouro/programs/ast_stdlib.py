# ast.parse of real stdlib files: ast.dump(include_attributes=True) must be
# CPython's (compared by length and a checksum; one file in full), and the
# trees compile and unparse
import ast
import os
import sys

LIB = os.path.dirname(ast.__file__)
FILES = ["string.py", "json/decoder.py", "ast.py", "dataclasses.py", "textwrap.py",
         "fractions.py", "enum.py", "re/_parser.py"]


def checksum(text):
    data = text.encode("utf-8", "surrogatepass")
    h = 0
    for i in range(0, len(data), 64):
        h = (h * 1000003 + int.from_bytes(data[i:i + 64], "little")) % ((1 << 127) - 1)
    return h


for name in FILES:
    with open(os.path.join(LIB, name), "rb") as f:
        src = f.read()
    tree = ast.parse(src, name)
    dump = ast.dump(tree, include_attributes=True)
    counts = {}
    for node in ast.walk(tree):
        counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    print(name, len(dump), checksum(dump), top)
    if name == "textwrap.py":
        print(dump)
        print(ast.dump(tree, indent=2)[:3000])
    code = compile(tree, name, "exec")
    print("  compiled:", type(code).__name__, code.co_filename)
    text = ast.unparse(tree)
    print("  unparse:", len(text), checksum(text))
    again = ast.dump(ast.parse(text))
    print("  reparse equal:", again == ast.dump(tree))
