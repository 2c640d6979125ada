# uncaught: exception with notes added via add_note
def parse_row(i, row):
    try:
        return [int(x) for x in row.split(",")]
    except ValueError as e:
        e.add_note(f"while parsing row {i}: {row!r}")
        raise


rows = ["1,2,3", "4,5,6", "7,x,9"]
out = []
for i, r in enumerate(rows[:2]):
    out.append(parse_row(i, r))
print(out)
try:
    parse_row(9, "a")
except ValueError as e:
    print("caught:", e, e.__notes__)
for i, r in enumerate(rows):
    out.append(parse_row(i, r))
print("not reached")
