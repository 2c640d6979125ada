# an error raised by the loop's next() itself: the line of the `for` statement
d = {"a": 1, "b": 2}
print(sorted(d))
for key in (
    d
):
    d[key + "x"] = 0
