# uncaught: dictionary changed size during iteration
inventory = {"apples": 3, "pears": 0, "plums": 7, "figs": 0}
empty = [k for k, v in inventory.items() if v == 0]
for k in empty:
    del inventory[k]
print(inventory)
inventory.update(kiwis=0, limes=2)
print(inventory)
for k in list(inventory):
    if inventory[k] == 0:
        inventory.pop(k)
print(inventory)
print(len(inventory), sorted(inventory))
print(sum(inventory.values()))
inventory["dates"] = 0
print({k: v * 2 for k, v in inventory.items()})
print("removing while iterating")
for k, v in inventory.items():
    if v == 0:
        del inventory[k]
print("not reached")
