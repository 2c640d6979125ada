x = 4611686018427387904
print(x)
print(x + x)
