# uncaught: an ExceptionGroup printed with its nested tree
def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n} bad value")
    if n % 3 == 1:
        raise TypeError(f"task {n} bad type")
    return n


def run_all(ns):
    errors = []
    results = []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
    return results


print(run_all([2, 5, 8]))
try:
    run_all([0, 2])
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
run_all([1, 2, 3, 4])
print("not reached")
