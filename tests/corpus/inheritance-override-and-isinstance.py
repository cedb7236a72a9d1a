class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
    def __repr__(self):
        return f"<{type(self).__name__}>"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
class Cat(Animal):
    sound = "meow"
pets = [Dog(), Puppy(), Cat(), Animal()]
for p in pets:
    print(p.speak())
print([isinstance(p, Dog) for p in pets], issubclass(Puppy, Animal), Puppy.__mro__)
print([type(p).__name__ for p in pets if type(p) is Dog], pets)
