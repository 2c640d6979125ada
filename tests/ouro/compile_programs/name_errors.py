# UnboundLocalError and NameError messages
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1


unbound()


def shadows_global():
    try:
        return gl
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, isinstance(e, NameError))
    gl = 2


gl = 1
shadows_global()
try:
    undefined_global
except NameError as e:
    print("NameError:", e, e.name)


def reads_missing_global():
    return missing_in_function


try:
    reads_missing_global()
except NameError as e:
    print("NameError:", e)


def free_unbound():
    def inner():
        return cell_var
    r = None
    try:
        r = inner()
    except NameError as e:
        print("NameError:", e)
    cell_var = 1
    return inner()


print(free_unbound())


def cell_unbound():
    try:
        print(c)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    c = 1

    def use():
        return c
    return use()


print(cell_unbound())


class ClassBody:
    try:
        print(not_defined_anywhere)
    except NameError as e:
        print("class body NameError:", e)


try:
    del never_defined
except NameError as e:
    print("del NameError:", e)


def del_unbound():
    try:
        del x
    except UnboundLocalError as e:
        print("del UnboundLocalError:", e)
    x = 0


del_unbound()


def augassign_unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("augassign:", e)
    counter = 0


augassign_unbound()


def conditional_binding(flag):
    if flag:
        value = "set"
    return value


print(conditional_binding(True))
try:
    conditional_binding(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(__undefined_dunder__)
except NameError as e:
    print("NameError:", e)
