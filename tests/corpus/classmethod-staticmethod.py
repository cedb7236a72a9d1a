class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
p = Pizza.margherita()
print(p.toppings, Pizza.count, Pizza.area(2), p.area(1))
class Sub(Pizza):
    pass
print(type(Sub.margherita()).__name__, Sub.count)
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
