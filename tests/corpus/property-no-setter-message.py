class C:
    @property
    def x(self):
        return 1
c = C()
try:
    c.x = 2
except AttributeError as e:
    print(e)
try:
    del c.x
except AttributeError as e:
    print(e)
c.x = 3
