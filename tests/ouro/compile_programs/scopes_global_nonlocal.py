# global and nonlocal declarations
counter = 0


def incr():
    global counter
    counter += 1


incr()
incr()
print(counter)


def make_global():
    global newname
    newname = "created"


make_global()
print(newname)


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x += "+inner"
        inner()
    middle()
    return x


print(outer())


def shadow():
    counter = 100
    return counter


print(shadow(), counter)


def reads_global():
    return counter * 2


print(reads_global())


def uses_global_in_loop():
    global counter
    for i in range(3):
        counter += i
    return counter


print(uses_global_in_loop())


class K:
    global gclass
    gclass = "from class"
    y = 1

    def m(self):
        return y


print(gclass)
y = "module y"
print(K().m())


def two_levels():
    a = 1

    def f():
        def g():
            return a
        return g()
    a = 2
    return f()


print(two_levels())


def nonlocal_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


st = nonlocal_counter()
print(st(), st(), st())
st2 = nonlocal_counter()
print(st2(), st())


def global_and_local():
    global counter
    local = counter
    counter = -1
    return local


print(global_and_local(), counter)
if True:
    def conditional():
        return "cond"
print(conditional())
