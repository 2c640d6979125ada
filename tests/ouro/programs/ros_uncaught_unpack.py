"""CSV-ish parsing with tuple unpacking; a malformed row ends the program with a ValueError."""
rows = """name,qty,price
apple,3,0.5
pear,2,0.75
plum,5
kiwi,1,0.2""".splitlines()
header, *body = rows
print(header.split(","))
total = 0.0
for lineno, row in enumerate(body, 2):
    name, qty, price = row.split(",")
    total += int(qty) * float(price)
    print(f"{lineno}: {name:<6} {int(qty):>3} x {float(price):.2f}")
print(total)
