class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
d = Dog("Rex", 3)
e = Dog("Fido")
print(d.bark(), e.bark(), d.birthday(), d.age, e.age)
print(Dog.count, d.species, Dog.species, d.count)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object), Dog.__name__)
print(sorted(d.__dict__.items()), Dog.bark(e))
print(hasattr(d, "name"), hasattr(d, "nope"), getattr(d, "age"), getattr(d, "nope", "dflt"))
setattr(e, "age", 7)
e.toy = "ball"
print(e.age, e.toy, vars(e))
del e.toy
print(hasattr(e, "toy"))
m = d.bark
print(m(), m.__name__, m.__self__ is d)
