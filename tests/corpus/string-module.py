import string
print(string.ascii_letters, string.digits, string.punctuation, string.ascii_uppercase, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.capwords("hello big world"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Ann", what="tea"), t.safe_substitute(who="Bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(repr(e))
print(string.Formatter().format("{0}-{x}", 1, x=2))
