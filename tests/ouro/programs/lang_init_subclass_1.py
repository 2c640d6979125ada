# __init_subclass__ with keywords, __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Json(Plugin, name="json"):
    pass

class Yaml(Plugin):
    pass

class SubJson(Json, name="json2"):
    pass

print(sorted(Plugin.registry), Json.plugin_name, Yaml.plugin_name, SubJson.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

print(Box[int], Box["x"], Box[1, 2])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(f"{cls.__name__}_{'_'.join(p.__name__ for p in params)}", (cls,), {"params": params})
IntStr = Typed[int, str]
print(IntStr.__name__, [p.__name__ for p in IntStr.params], issubclass(IntStr, Typed))
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__ is list, list[int].__args__, list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
class Order:
    seen = []
    def __init_subclass__(cls):
        Order.seen.append((cls.__name__, [b.__name__ for b in cls.__bases__]))
class O1(Order): pass
class O2(O1): pass
print(Order.seen)
class NoArgs:
    def __init_subclass__(cls):
        cls.flag = True
class NA(NoArgs): pass
print(NA.flag, hasattr(NoArgs, "flag"))
print(type(NoArgs.__dict__["__init_subclass__"]).__name__)
