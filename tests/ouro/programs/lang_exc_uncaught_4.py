# uncaught: error inside a class body (traceback frame named after the class)
def compute_default():
    return {"a": 1}


class Settings:
    defaults = compute_default()
    keys = sorted(defaults)
    size = len(keys)


print(Settings.defaults, Settings.keys, Settings.size)


class Other:
    base = [1, 2, 3]
    total = sum(base)
    first = base[0]


print(Other.total, Other.first)


class Failing:
    table = {"x": 1}
    value = table["y"]


print("not reached")
