# an error in the iterable of an inner `for` of a comprehension
rows = [[1, 2], [3], None]
print(sum(len(r) for r in rows[:2]))


def flatten(m):
    return [x
            for row in m
            for x in row]


flatten(rows)
