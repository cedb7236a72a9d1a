print("".join([]), ",".join(["x"]), "a".split(","), "".split(","), "".split(), "  a  b ".split(" "), "a\tb\nc".split())
print("1,2,,3,".split(","), "x".join("abc"), "ab".partition("") if False else "skip", "a-b-c".split("-", -1))
print("mississippi".replace("ss", "SS"), "aaaa".count("aa"), "abc".replace("", "-"), "hello".find("l", 3), "hello".rindex("l"))
try:
    "a".partition("")
except ValueError as e:
    print(e)
