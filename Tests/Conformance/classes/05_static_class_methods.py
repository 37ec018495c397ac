class Pizza:
    instances = 0
    def __init__(self, toppings):
        self.toppings = list(toppings)
        Pizza.instances += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @classmethod
    def describe_class(cls):
        return f"{cls.__name__} with {cls.instances} made"
    @staticmethod
    def area(radius):
        return round(3.14159 * radius ** 2, 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.toppings!r})"
class Calzone(Pizza):
    pass
print(Pizza.margherita(), Calzone.margherita(), Pizza.area(10), Pizza([]).area(1))
print(Pizza.describe_class(), Calzone.describe_class(), Calzone().describe_class() if False else "")
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(Calzone.margherita().toppings)
class Counter:
    @staticmethod
    def helper(x):
        return x * 2
    def use(self):
        return self.helper(5) + Counter.helper(1)
print(Counter().use())
