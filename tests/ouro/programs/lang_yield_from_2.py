# uncaught: exception propagates through yield from delegation
def reader(lines):
    for line in lines:
        if not line:
            raise ValueError("empty line")
        yield line.upper()


def numbered(lines):
    n = 0
    for item in reader(lines):
        n += 1
        yield f"{n}: {item}"


def document(parts):
    for p in parts:
        yield from numbered(p)
    yield "END"


print(list(document([["a", "b"], ["c"]])))
for line in document([["x"], ["y", "", "z"]]):
    print(line)
print("not reached")
