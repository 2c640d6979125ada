# uncaught: BaseExceptionGroup containing a non-Exception member
def worker(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyboardInterrupt()
    return n


errors = []
results = []
for n in [2, 0, 3]:
    try:
        results.append(worker(n))
    except Exception as e:
        errors.append(e)
print(results, [repr(e) for e in errors])
eg = ExceptionGroup("workers", errors)
print(type(eg).__name__, eg.message, len(eg.exceptions))
errors2 = []
for n in [0, 1]:
    try:
        worker(n)
    except BaseException as e:
        errors2.append(e)
group = BaseExceptionGroup("mixed", errors2)
print(type(group).__name__)
raise group
