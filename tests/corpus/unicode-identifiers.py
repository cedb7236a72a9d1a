счётчик = 0
for шаг in range(3):
    счётчик += шаг
print(счётчик)
class Точка:
    def __init__(self, х, у):
        self.х, self.у = х, у
    def __repr__(self):
        return f"Точка({self.х}, {self.у})"
print(Точка(1, 2), "Ünïcödé".lower(), "straße".upper(), len("Привет, мир!"))
print(f"{'Имя':<6}|{'Возраст':^9}|")
print(f"{'Аня':<6}|{31:^9}|")
