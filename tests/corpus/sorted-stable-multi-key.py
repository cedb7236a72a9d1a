people = [("ann", 31, "nyc"), ("bob", 25, "la"), ("cy", 31, "la"), ("di", 25, "nyc"), ("ed", 40, "sf")]
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_age = sorted(people, key=lambda p: p[1])
by_city_then_age = sorted(by_age, key=lambda p: p[2])
print(by_city_then_age)
print(sorted(people, key=lambda p: p[0], reverse=True)[:2], min(people, key=lambda p: (p[1], p[0])))
words = ["Banana", "apple", "Cherry", "apple", "banana"]
print(sorted(set(words), key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
