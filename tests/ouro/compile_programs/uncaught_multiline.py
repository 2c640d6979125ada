# an exception in the middle of a multi-line expression: the line of the failing part
data = {"a": 1, "b": 2}
values = [
    data["a"],
    data["b"],
]
print(values)
result = (
    data["a"]
    + data["b"]
    * data["c"]
)
