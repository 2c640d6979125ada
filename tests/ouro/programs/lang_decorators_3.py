# uncaught: a decorator raising at definition time
REGISTRY = {}


def register(name):
    def deco(fn):
        if name in REGISTRY:
            raise KeyError(f"duplicate handler {name!r}")
        REGISTRY[name] = fn
        return fn
    return deco


@register("start")
def on_start():
    return "started"


@register("stop")
def on_stop():
    return "stopped"


print(sorted(REGISTRY), REGISTRY["start"](), on_stop())


@register("start")
def on_start_again():
    return "again"


print("not reached")
