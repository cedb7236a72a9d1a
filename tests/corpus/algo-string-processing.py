def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def rle(s):
    out = []
    for c in s:
        if out and out[-1][0] == c:
            out[-1][1] += 1
        else:
            out.append([c, 1])
    return "".join(f"{c}{n}" for c, n in out)
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("gilpy"))
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(rle("aaabccddddd"), "".join(sorted("gilpy")), "gilpy"[::-1].upper())
