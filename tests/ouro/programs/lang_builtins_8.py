# uncaught: getattr with a non-string name
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)


r = Record(name="ann", age=31)
for field in ["name", "age"]:
    print(field, getattr(r, field))
print(getattr(r, "email", "n/a"), hasattr(r, "age"))
setattr(r, "email", "a@example.com")
print(vars(r))
delattr(r, "email")
print(sorted(vars(r)))
print(getattr(r, "name").upper())
fields = ["name", 1, "age"]
for f in fields:
    print(f, getattr(r, f))
print("not reached")
