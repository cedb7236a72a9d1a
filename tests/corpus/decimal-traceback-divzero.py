from decimal import Decimal, getcontext
def price(total, n):
    return Decimal(total) / n
print(price('10.00', 4))
getcontext().prec = 4
print(price('10', 3))
price('5', 0)
