class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
        return self
a = Account("ann", 100).deposit(50).withdraw(30)
print(a, a.balance, a.log)
s = Savings("sam", 1000).add_interest().add_interest()
print(s, s.interest, Account.interest)
for op in [lambda: a.withdraw(1000), lambda: a.deposit(-5)]:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available, e.args)
    except ValueError as e:
        print("ValueError:", e)
