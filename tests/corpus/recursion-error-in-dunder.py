class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("caught", e)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError as e:
    print("caught", e)
