class Animal:
    def __init__(self, name):
        print("Animal.__init__", name)
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} ({type(self).__name__}) says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        print("Lion.__init__", pride)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Cat, Lion), isinstance(Lion("x", "y"), Cat))
print(Lion.__bases__ == (Cat,), Lion.__mro__ == (Lion, Cat, Animal, object))
print([c.__name__ for c in Lion.__mro__], [c.__name__ for c in Lion.mro()])
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        return "child + " + Base.hello(self)
print(Child().hello(), super(Child, Child()).hello())
