import textwrap
text = "gilpy runs the Python of threading and multiprocessing lessons unmodified, printing what CPython prints."
for w in (10, 20, 30, 45):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill("a b c d e f g", 5))
print(textwrap.fill("A well-known, state-of-the-art approach to multi-threaded programs; supercalifragilisticexpialidocious words too.", 18))
print(textwrap.wrap("   leading and   internal   spaces  ", 10), textwrap.wrap("", 10), textwrap.wrap("x" * 25, 10))
print(textwrap.dedent("""
    indented
      more
    back
"""))
print(textwrap.dedent("  a\n\tb"), repr(textwrap.dedent("  x\n   \n  y")))
print(textwrap.shorten("Hello   big world of Python", width=15), textwrap.indent("x\ny", "> "), textwrap.shorten("Hello world", 11), textwrap.shorten("The quick brown fox jumps", 12, placeholder='...'))
print(textwrap.fill("one two three four five six", width=12, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap("tab\there", 20), textwrap.fill("End. Next", 40, fix_sentence_endings=True))
