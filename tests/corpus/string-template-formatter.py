import string
for t in ['ab $ x', '$', 'x\n  $1', '${a', '${}']:
  try: string.Template(t).substitute(a=1)
  except Exception as e: print(type(e).__name__, e)
T=string.Template
print(T('$a ${b}c $$ $Zz_9!').substitute(a=1, b=[2], Zz_9='z'), T('$a $b ${c} $ $1').safe_substitute({'a': 1}), T('$x').substitute({'x':1}, x=2))
try: T('$a').substitute()
except KeyError as e: print('KeyError', e)
print(T('$a ${b} $$').get_identifiers(), T('$a $').is_valid(), T('ok').template, string.Template.delimiter, string.Template.idpattern, string.Template.braceidpattern)
class P(T): delimiter = '%'
print(P('%a and $b %%').substitute(a=5))
class I(T): idpattern = r'[a-z]+'
print(I('$ab1').safe_substitute(ab=2))
f=string.Formatter()
print(f.format('{}-{x}-{}', 1, 3, x=2), f.format('{0[1]} {a.real:>5} {0!r:^9}', [1,2], a=3), list(f.parse('a{0!r:x}b{{c}}')), f.vformat('{a}', (), {'a': 1}))
class F(string.Formatter):
  def get_value(self, key, args, kwargs): return f'<{key}>'
print(F().format('{x} {0}'))
for s in ['{', '}', '{0', '{}{0}']:
  try: f.format(s, 1, 2)
  except Exception as e: print(type(e).__name__, e)
print(string.capwords(' hello   world '), string.capwords('a-b c-d', '-'), string.ascii_letters, repr(string.whitespace), repr(string.printable[-10:]), string.hexdigits, string.octdigits, string.punctuation)
print(f.format('{:{w}.{p}f}|{!a}', 3.14159, 'é', w=8, p=2))
