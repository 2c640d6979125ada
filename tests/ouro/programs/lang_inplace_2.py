# uncaught: augmented assignment on a tuple element mutates the list and then raises
config = ([1, 2], {"k": 1}, "name")
print(config)
config[0].append(3)
config[1]["k"] += 1
print(config)
lst, dct, name = config
lst += [4]
name += "!"
print(config, name)
counter = {"hits": 0}
for _ in range(3):
    counter["hits"] += 1
print(counter)
try:
    t = (1, 2)
    t[0] += 1
except TypeError as e:
    print("caught:", e, t)
print("about to extend via +=")
config[0] += [5]
print("not reached")
