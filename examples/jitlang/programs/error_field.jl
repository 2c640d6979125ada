o = new()
o.x = 1
print(o.x)
print(o.y)
