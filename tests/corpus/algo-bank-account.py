class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __str__(self):
        return f"{self.owner}: {self._balance:.2f}"
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(round(self._balance * self.interest, 2))
acc = Savings("Ann", 100)
acc.deposit(50)
acc.add_interest()
print(acc, acc.history)
for op in [lambda: acc.withdraw(1000), lambda: acc.deposit(-5)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(Account.interest, Savings.interest, acc.balance)
