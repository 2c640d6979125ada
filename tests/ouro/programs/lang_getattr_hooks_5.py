# uncaught: __getattribute__ raising a non-AttributeError (no __getattr__ fallback)
class Secure:
    allowed = {"name", "level", "__class__", "__dict__"}

    def __init__(self, name, level):
        self.name = name
        self.level = level

    def __getattribute__(self, attr):
        if attr not in type(self).allowed and not attr.startswith("_"):
            raise PermissionError(f"access to {attr!r} denied")
        return object.__getattribute__(self, attr)

    def __getattr__(self, attr):
        return f"fallback {attr}"


s = Secure("ops", 3)
print(s.name, s.level, type(s).__name__)
print(s._hidden)
print(hasattr(s, "name"))
try:
    s.password
except PermissionError as e:
    print("caught:", e)
print("hasattr with a denied name")
print(hasattr(s, "password"))
print("not reached")
