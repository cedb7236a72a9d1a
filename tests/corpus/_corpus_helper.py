print("helper imported, __name__ =", __name__)
CONSTANT = 42
_count = 0
def greet(who):
    return f"hello, {who}"
def counter():
    global _count
    _count += 1
    return _count
def fail():
    return {}["missing"]
if __name__ == "__main__":
    print("never when imported")
