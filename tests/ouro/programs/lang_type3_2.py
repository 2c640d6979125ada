# uncaught: type() with bad bases
def make_class(name, bases, **attrs):
    return type(name, bases, attrs)


Animal = make_class("Animal", (), sound="...", speak=lambda self: self.sound)
Dog = make_class("Dog", (Animal,), sound="woof")
Cat = make_class("Cat", (Animal,), sound="meow")
print(Dog().speak(), Cat().speak(), Animal().speak())
print([c.__name__ for c in Dog.__mro__])
Hybrid = make_class("Hybrid", (Dog, Cat))
print(Hybrid().speak(), [c.__name__ for c in Hybrid.__mro__])
Loud = make_class("Loud", (Dog,), speak=lambda self: super(Loud, self).speak().upper())
print(Loud().speak())
print(type(Loud).__name__, Loud.__bases__[0].__name__)
print(isinstance(Loud(), Animal), Loud.sound)
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
print("now with an instance as a base")
Broken = make_class("Broken", (Dog(),))
print("not reached")
