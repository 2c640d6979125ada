# uncaught: __init_subclass__ rejecting a subclass
class Model:
    fields = ()

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if table is None:
            raise TypeError(f"{cls.__name__} must declare a table name")
        cls.table = table


class User(Model, table="users"):
    fields = ("id", "name")


class Order(Model, table="orders"):
    fields = ("id", "total")


print(User.table, User.fields, Order.table, Order.fields)
print([c.__name__ for c in Model.__subclasses__()])


class Broken(Model):
    fields = ("x",)


print("not reached")
