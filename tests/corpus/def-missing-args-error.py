def area(width, height):
    return width * height
try:
    area(1)
except TypeError as e:
    print(e)
try:
    area()
except TypeError as e:
    print(e)
class Box:
    def size(self, scale):
        return scale
try:
    Box().size()
except TypeError as e:
    print(e)
area(2)
