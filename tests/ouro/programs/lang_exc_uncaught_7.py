# uncaught: exception from __init__ when constructing through a metaclass __call__
class Tracking(type):
    created = 0

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        Tracking.created += 1
        return obj


class Rect(metaclass=Tracking):
    def __init__(self, w, h):
        if w <= 0 or h <= 0:
            raise ValueError(f"invalid size {w}x{h}")
        self.w = w
        self.h = h


a = Rect(2, 3)
b = Rect(4, 5)
print(a.w * a.h, b.w * b.h, Tracking.created)
try:
    Rect(0, 1)
except ValueError as e:
    print("caught", e, Tracking.created)
c = Rect(3, -1)
print("not reached")
