print("fine")
print("never closed)
