class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says woof"
d = Dog("Rex")
print(d.speak(), d.species, Dog.species, type(d).__name__, Dog.__name__, Dog.__qualname__)
print(Dog.speak(d), d.__dict__, isinstance(d, Dog), issubclass(Dog, object))
d.species = "mine"
print(d.species, Dog.species)
print(Dog.__module__, Dog.__bases__, Dog.__mro__)
