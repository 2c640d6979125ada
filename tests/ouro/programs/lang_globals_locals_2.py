# uncaught: NameError for a global misspelled inside a function
counter = 0
items = ["a", "b", "c"]


def add_item(x):
    global counter
    items.append(x)
    counter += 1
    return len(items)


def report():
    return f"{counter} added, {len(itmes)} total"


print(add_item("d"))
print(add_item("e"))
print(counter, items)
print("globals has items:", "items" in globals())
print(report())
print("not reached")
