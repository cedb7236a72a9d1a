import textwrap
text = "gilpy runs the Python of threading and multiprocessing lessons unmodified, printing what CPython prints."
for line in textwrap.wrap(text, width=30):
    print(f"|{line:<30}|")
print(textwrap.fill("a b c d e f g", 5))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.shorten("Hello   big world of Python", width=15), textwrap.indent("x\ny", "> "))
