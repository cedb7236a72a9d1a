from decimal import Decimal
print(Decimal('1.1') + 2.2)
