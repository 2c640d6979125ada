# uncaught: inconsistent MRO at class creation
class Animal:
    def speak(self):
        return "..."


class Pet(Animal):
    def speak(self):
        return "pet " + super().speak()


class Dog(Pet):
    def speak(self):
        return "woof " + super().speak()


class Loud(Animal):
    def speak(self):
        return super().speak().upper() + "!"


class LoudDog(Loud, Dog):
    pass


print(LoudDog().speak())
print([c.__name__ for c in LoudDog.__mro__])
print("defining a broken hierarchy")


class Broken(Animal, Dog):
    pass


print("not reached")
