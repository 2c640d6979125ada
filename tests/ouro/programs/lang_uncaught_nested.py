class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def parse_age(s):
    try:
        return int(s)
    except ValueError as e:
        raise ValidationError("age", f"not a number: {s!r}") from e


def load(records):
    out = []
    for r in records:
        out.append(parse_age(r["age"]))
    return out


print(load([{"age": "3"}, {"age": "40"}]))
try:
    load([{"age": "x"}])
except ValidationError as e:
    print("caught", e, e.field, type(e.__cause__).__name__)
load([{"age": "12"}, {"age": "1 2"}])
