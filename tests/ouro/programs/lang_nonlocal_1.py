# nonlocal and global interplay
g = 0

def bump_global():
    global g
    g += 1
    return g

def level1():
    a = 1
    def level2():
        nonlocal a
        a += 10
        b = 2
        def level3():
            nonlocal a, b
            a += 100
            b += 20
            return a, b
        r = level3()
        return r, a, b
    r = level2()
    return r, a

print(bump_global(), bump_global(), g)
print(level1())

def make_state():
    state = "idle"
    def transition(to):
        nonlocal state
        old, state = state, to
        return f"{old}->{state}"
    def current():
        return state
    return transition, current

t, cur = make_state()
print(t("running"), t("done"), cur())

def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())

def del_nonlocal():
    v = 1
    def kill():
        nonlocal v
        del v
    def look():
        return v
    kill()
    try:
        look()
    except NameError as e:
        print(type(e).__name__, e)
del_nonlocal()
def global_in_nested():
    def setter():
        global created_later
        created_later = "set"
    setter()
global_in_nested()
print(created_later)
