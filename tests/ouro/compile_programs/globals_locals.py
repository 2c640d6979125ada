# globals(), locals(), vars(), dir() and __name__
g_value = 1


def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(show_locals(1))


def closure_locals():
    x = 1

    def inner():
        y = 2
        return sorted(locals().items())
    return inner()


def free_var_locals():
    x = 10

    def inner():
        return x, sorted(locals())
    return inner()


print(closure_locals(), free_var_locals())
print(globals()["g_value"], "show_locals" in globals(), __name__)
globals()["dynamic"] = "set via globals()"
print(dynamic)


class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
    names = sorted(n for n in vars() if not n.startswith("__"))


print(K.b, K.names)


def uses_vars():
    q = 5
    return vars()


print(uses_vars(), sorted(vars(K))[:3])


def dir_in_function(p):
    r = 1
    return dir()


print(dir_in_function(0))
if __name__ == "__main__":
    print("running as main")


def modify_global_dict():
    globals()["g_value"] += 1


modify_global_dict()
print(g_value)
