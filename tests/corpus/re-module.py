import re
m = re.match(r"(\w+)@(\w+)\.com", "ann@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(), m.start(2), bool(re.match("x", "y")))
print(re.search(r"\d+", "abc 123 def 45").group(), re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234"))
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)", re.I)
print([m.groupdict() for m in p.finditer("a=1 B=two c=")], p.pattern, p.sub("<\g<key>>", "x=1"))
print(re.match(r"^abc$", "ABC", re.IGNORECASE).group(), re.findall(r"^\w", "ab\ncd", re.M), re.escape("a.b*c"), re.subn("a", "b", "aaa"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
