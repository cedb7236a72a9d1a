import textwrap
text = ("The quick brown fox jumps over the lazy dog. Well-known long-term state-of-the-art "
        "e-mail--and a --flag and an em--dash; supercalifragilisticexpialidocious words. End.")
for w in (10, 15, 20, 33, 50):
    print(w, textwrap.wrap(text, w))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("  lead and\ttabs\there  ", 8))
print(textwrap.wrap("  lead and\ttabs\there  ", 8, drop_whitespace=False, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  lead and\ttabs\there  ", 8, tabsize=4, drop_whitespace=False))
print(textwrap.fill("Hello there.  How are you? Fine. ok", 20, fix_sentence_endings=True))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
for ml in (1, 2, 3):
    print(textwrap.wrap(text, 25, max_lines=ml))
    print(textwrap.wrap(text, 25, max_lines=ml, placeholder='...'))
print(textwrap.shorten("Hello  world!   How are you?", 12))
print(textwrap.shorten("Hello  world!", 11), textwrap.shorten("Hello world!", width=100))
print(repr(textwrap.shorten("a" * 30, 10)))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.shorten("hello world", 3), lambda: textwrap.wrap(5)):
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(textwrap.dedent("    a\n      b\n\n   \n    c\n")))
print(repr(textwrap.dedent("\ta\n\t  b\n  \tc")), repr(textwrap.dedent("no\n  indent")))
print(repr(textwrap.indent("a\n\nb\r\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=18, initial_indent="- ")
print(w.wrap("one two three four five six seven"), w.width, w.placeholder, w.max_lines)
w.width = 10
print(w.fill("one two three four five six seven"))
class Numbered(textwrap.TextWrapper):
    def wrap(self, text):
        return ["%d: %s" % (i, line) for i, line in enumerate(super().wrap(text), 1)]
print(Numbered(width=12).wrap("alpha beta gamma delta epsilon"))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("a-b-c-d-e-f-g-h", 4), textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("naïve café déjà-vu über-cool", 9))
