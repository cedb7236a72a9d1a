inventory = {}
def add(item, qty, price):
    entry = inventory.setdefault(item, {"qty": 0, "price": price})
    entry["qty"] += qty
    entry["price"] = price
add("apple", 10, 0.5)
add("pear", 4, 0.75)
add("apple", 5, 0.55)
total = sum(v["qty"] * v["price"] for v in inventory.values())
print(inventory)
print(f"total value: {total:.2f}")
for name, info in sorted(inventory.items(), key=lambda kv: kv[1]["qty"], reverse=True):
    print(f"{name:>6} x{info['qty']:<3} @ {info['price']:.2f}")
