# an uncaught exception raised inside a generator consumed by a for loop
def numbers():
    yield 1
    yield 2
    yield int(
        "three"
    )


for n in numbers():
    print(n)
