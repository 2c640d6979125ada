# uncaught: error raised from a metaclass __new__
class Strict(type):
    def __new__(mcs, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("__"):
                continue
            if callable(value) and not key.islower():
                raise TypeError(f"method name {key!r} in {name} must be lowercase")
        return super().__new__(mcs, name, bases, ns)


class Good(metaclass=Strict):
    def run(self):
        return "running"

    CONSTANT = 3


print(Good().run(), Good.CONSTANT)


class AlsoGood(Good):
    def stop(self):
        return "stopped"


print(AlsoGood().stop(), type(AlsoGood).__name__)
print("defining Bad")


class Bad(Good):
    def doThing(self):
        return 1


print("not reached")
