# nonlocal across several levels, in loops, with generators and class bodies
def make_tally():
    counts = {}
    total = 0
    def add(key):
        nonlocal total
        total += 1
        counts[key] = counts.get(key, 0) + 1
        return total
    def report():
        return total, dict(sorted(counts.items()))
    return add, report
add, report = make_tally()
for k in "abcab":
    add(k)
print(report())
def gen_with_nonlocal():
    state = 0
    def bump():
        nonlocal state
        state += 1
    def gen():
        for _ in range(3):
            bump()
            yield state
    return list(gen()), state
print(gen_with_nonlocal())
def in_class_body():
    value = "enclosing"
    class K:
        def get(self):
            return value
        def set(self, v):
            nonlocal value
            value = v
    k = K()
    k.set("changed via method")
    return k.get(), value
print(in_class_body())
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    acc = 0
    def add_all():
        nonlocal acc
        for fn in fns:
            acc += fn()
    add_all()
    return acc
print(loop_closures())
def shadowing():
    x = "outer"
    def inner():
        x = "inner local"
        def innermost():
            nonlocal x
            x = "innermost changed inner"
        innermost()
        return x
    return inner(), x
print(shadowing())
def lambda_nonlocal():
    n = 0
    def incr():
        nonlocal n
        n += 1
        return n
    fs = [lambda: incr() for _ in range(3)]
    return [f() for f in fs], n
print(lambda_nonlocal())
