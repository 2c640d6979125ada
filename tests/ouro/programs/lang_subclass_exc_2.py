# uncaught: custom exception with a custom __str__ and extra attributes
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", f"expected int, got {type(record.get('age')).__name__}")
    return True


print(validate({"name": "a", "age": 3}))
try:
    validate({})
except ValidationError as e:
    print("caught", e.field, e)
records = [{"name": "b", "age": 1}, {"name": "c", "age": "old"}]
for r in records:
    print(validate(r))
print("not reached")
