"""Inventory lookup: the error escapes through a chain (raise ... from), traceback with carets in nested calls."""
INVENTORY = {"widget": {"price": 2.5, "qty": 10}, "gadget": {"price": 12.0, "qty": 0}}

class OutOfStock(Exception):
    pass

def price_of(item):
    return INVENTORY[item]["price"]

def order(item, n):
    try:
        unit = price_of(item)
    except KeyError as e:
        raise LookupError(f"no item {item!r}") from e
    if INVENTORY[item]["qty"] < n:
        raise OutOfStock(f"{item}: wanted {n}, have {INVENTORY[item]['qty']}")
    INVENTORY[item]["qty"] -= n
    return unit * n

for item, n in (("widget", 3), ("gadget", 1), ("widget", 20)):
    try:
        print(item, n, order(item, n))
    except OutOfStock as e:
        print("out of stock:", e)
print(order("gizmo", 1))
