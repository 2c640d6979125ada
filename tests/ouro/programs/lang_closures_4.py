# uncaught: NameError for a free variable deleted before use
def make():
    secret = "s3cr3t"

    def reveal():
        return secret

    def forget():
        nonlocal secret
        del secret

    return reveal, forget


reveal, forget = make()
print(reveal())
print(reveal.__code__.co_freevars, reveal.__closure__[0].cell_contents)
r2, f2 = make()
print(r2() == reveal(), r2 is not reveal)
forget()
try:
    reveal.__closure__[0].cell_contents
except ValueError as e:
    print("caught:", e)
print(r2())
print(reveal())
print("not reached")
