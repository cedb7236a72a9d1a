from decimal import Decimal
amounts = ['19.99', '5', 'twelve']
total = Decimal(0)
for a in amounts:
    total += Decimal(a)
print(total)
