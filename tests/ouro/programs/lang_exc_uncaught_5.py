# uncaught: error inside a lambda passed to map (frames <lambda> and <listcomp>)
prices = {"apple": 1.5, "pear": 2.0, "fig": 0.5}
orders = [("apple", 3), ("fig", 10), ("pear", 1)]
costs = list(map(lambda o: prices[o[0]] * o[1], orders))
print(costs, sum(costs))
print(len(costs))
by_cost = sorted(orders, key=lambda o: prices[o[0]] * o[1])
print(by_cost)
totals = {name: prices[name] * n for name, n in orders}
print(totals)
cheapest = min(orders, key=lambda o: prices[o[0]])
print("cheapest", cheapest)
print(sorted(prices.items(), key=lambda kv: -kv[1]))
orders.append(("kiwi", 2))
print("pricing", len(orders), "orders")
costs = [c for c in map(lambda o: prices[o[0]] * o[1], orders)]
print("not reached")
a = 1
b = 2
print(a + b)
