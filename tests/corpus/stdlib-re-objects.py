import re
print(repr(re.I), str(re.I | re.M), repr(re.A | re.I), repr(re.RegexFlag(0)), repr(~re.I), repr(re.I | 1024))
print((re.I | re.M).name, re.I.value, re.I | re.M == 10, repr(re.U), re.I & re.M, repr(re.X ^ re.X), format(re.I), '%d' % re.I, f'{re.M}', re.I + 1)
print(isinstance(re.I, int), re.IGNORECASE is re.I, re.RegexFlag.DOTALL, re.NOFLAG)
for flags in (0, re.I, re.I | re.A | re.M | re.S | re.X, re.U | re.M):
    print(repr(re.compile('a', flags)), re.compile('a', flags).flags)
print(repr(re.compile('a\nb')), repr(re.compile("it's")), re.compile('(?i)a').flags)
p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?')
print(p.pattern, p.groups, p.groupindex, p == re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?'), hash(p) == hash(re.compile(p.pattern)))
m = p.search('say hello 42 now')
print(m, m.group(), m.group(1), m.group('num'), m.group(1, 'num'), m[0], m['word'], m.groups(), m.groupdict())
print(m.span(), m.start(2), m.end('word'), m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
m2 = p.match('hi ')
print(m2.groups(), m2.groups('-'), m2.groupdict(0), m2.span(2), m2.lastindex, m2.lastgroup, m2.expand(r'<\1|\g<word>|\g<2>>'))
for g in (3, 'nope', -1):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall('x*', 'axb'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')], type(re.finditer('a', 'a')).__name__ in ('callable_iterator', 'list_iterator'))
print(re.split(r'\s*,\s*', 'a , b,c ,  d'), re.split('(,)', 'a,b,c', 1), re.split('x*', 'axbc'), re.split(r'(a)|(b)', 'xaybz'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'), re.sub('a', lambda m: m.group().upper(), 'banana', count=2))
print(re.subn(r'\d', '#', 'a1b2c3'), re.sub('x*', '-', 'abxd'), re.sub('a', lambda m: None, 'banana'), re.sub(r'(?P<x>b)', r'[\g<x>]', 'abc'))
print(p.sub(lambda m: m['word'].upper(), 'one 1 two 2'), p.subn('W', 'one 1 two'), p.split('one 1 two 2'))
print(re.compile('a').match('ba', 1), re.compile('a').search('ba', endpos=1), re.compile(r'\d+').fullmatch('12a', 0, 2))
print(re.match('a|ab', 'ab'), re.fullmatch('a|ab', 'ab'), re.search('^b', 'a\nb', re.M), re.match('.', '\n', re.S), re.match('A', 'a', re.I))
print(re.escape('a.b*c d?(x)[y]{z}^$|\\'), re.escape('plain_text123'))
for bad in ['re.sub("a", 5, "abc")', 're.sub("a", lambda m: 5, "abc")', 're.compile(re.compile("a"), re.I)', 're.compile(5)',
            're.match("a", 5)', 're.compile("(")', 're.compile("a)")', 're.compile("[a")', 're.sub("(a)", r"\\2", "a")']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(re.compile('q')) is not None, re.Pattern, re.Match, re.error, type(m).__name__, type(p).__name__)
print(re.match(r'(a(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('', '').lastindex)
print(re.sub(r'\s+', ' ', '  many   spaces here  ').strip(), re.findall(r'[A-Z][a-z]+', 'Hello World From Python'))
