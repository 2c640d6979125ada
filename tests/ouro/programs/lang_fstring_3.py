# uncaught: exception raised while evaluating an f-string expression
class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


def line(item):
    return f"{item.name:<10}{item.price:>8.2f}{item.qty:>4}{item.price * item.qty:>10.2f}"


cart = [Item("tea", 3.5, 2), Item("cake", 12.25, 1), Item("jam", 4.0, 3)]
for it in cart:
    print(line(it))
print(f"{'total':<10}{sum(i.price * i.qty for i in cart):>22.2f}")
cart.append(Item("gift", None, 1))
print(f"{len(cart)} items")
for it in cart:
    print(line(it))
print("not reached")
