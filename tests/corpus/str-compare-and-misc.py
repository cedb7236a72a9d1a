print("apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", sorted(["b", "A", "a", "B"]))
print(str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"))
print(repr("\x00\x7f\x80\xff\u2028"), "multi\
line", """triple
quoted""", r"raw\n", b"bytes")
print(min("hello"), max("hello"), list("abc"), tuple("ab"), "".join(reversed("abc")), str.upper("x"))
