import pprint
nested = {'alpha': list(range(25)), 'beta': {'x': (1,), 'y': (), 'z': frozenset({3, 1, 2})}, 'gamma': 'word ' * 30,
          'delta': [{'k%d' % i: 'v' * i} for i in range(6)], 3: None, 'set': set(range(20))}
for width in (20, 40, 60, 100):
    pprint.pprint(nested, width=width)
pprint.pprint(nested, indent=4, width=50, sort_dicts=False)
pprint.pprint(nested, depth=2)
pprint.pprint(nested, depth=1, width=30)
pprint.pprint(list(range(60)), compact=True, width=30)
pprint.pprint([[1, 2, [3, 4, [5, 6, ['deep' * 5]]]]] * 3, width=25, compact=True)
s = "Line one is fairly long and has   several    spaces.\nLine two\n" + "x" * 90
pprint.pprint(s)
pprint.pprint([s], width=30)
pprint.pprint({'key': s}, width=45)
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d
hide = lambda text: text.replace(str(id(r)), 'ID').replace(str(id(d)), 'ID')
print(hide(pprint.pformat(r)), hide(pprint.pformat(d)))
print(hide(pprint.saferepr(r)), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable({'a': [1]}), pprint.isreadable(object()))
pprint.pprint({'big': 12345678901, 'list': [10 ** 7] * 8}, underscore_numbers=True, width=40)
pprint.pp({'z': 1, 'a': 2, 'm': list('abcdefghijklmnopqrstuvwxyz')}, width=30)
print(pprint.pformat((1,), width=1), pprint.pformat(()), pprint.pformat([]), pprint.pformat(set()), pprint.pformat({}))
pprint.pprint({'x': 3, 2.5: 4, 1: 5, None: 6, (1, 2): 7}, width=20)
class Mine(list):
    pass
class Shown(list):
    def __repr__(self):
        return 'Shown!'
pprint.pprint([Mine(range(30)), Shown(range(30))], width=40)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
Upper(width=30).pprint({'names': ['ann', 'bob', 'cy'], 'more': ['d' * 10, 'e' * 10, 'f' * 10]})
