import logging, sys
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(funcName)s|%(module)s|%(filename)s|%(message)s'))
app = logging.getLogger('shop.cart')
app.addHandler(out); app.setLevel(logging.DEBUG); app.propagate = False
def checkout(n):
    app.debug('items=%d', n)
    app.info('dict args %(a)s-%(b)s', {'a': 1, 'b': 2})
checkout(3)
def helper():
    app.warning('from helper', stacklevel=2)
def outer():
    helper()
outer()
adapter = logging.LoggerAdapter(app, {'user': 'ann'})
adapter.info('adapter message')
print(repr(adapter), adapter.name, adapter.getEffectiveLevel())
out.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s'))
app.info('extra', extra={'user': 'bob'})
try:
    app.info('bad', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
out.addFilter(OnlyOdd())
for i in range(4):
    app.error('n=%d', i, extra={'user': '-'})
out.filters.clear()
app.addFilter(lambda r: 'secret' not in r.getMessage())
app.warning('secret stuff', extra={'user': '-'})
app.warning('public stuff', extra={'user': '-'})
f = logging.Filter('a.b')
for name in ['a', 'a.b', 'a.bc', 'a.b.c', 'x']:
    print(name, bool(f.filter(logging.makeLogRecord({'name': name}))))
for fmt, st in [('abc', '%'), ('abc', '{'), ('{x', '{'), ('$x', '$'), ('x', '!')]:
    try:
        logging.Formatter(fmt, style=st)
        print(fmt, st, 'ok')
    except ValueError as e:
        print(fmt, st, e)
print(logging.getLevelName(25), logging.getLevelName('Level 25'), logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
for bad in ['LOUD', 2.5]:
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = logging.getLogger('x.y.z')
b = logging.getLogger('x.y')
a = logging.getLogger('x')
print(c.parent.name, b.parent.name, a.parent.name, a.getChild('y') is b)
print(type(logging.root.manager.loggerDict.get('x')).__name__)
print(c.hasHandlers(), app.hasHandlers())
h = logging.Handler(); print(repr(h), repr(out), repr(logging.NullHandler()))
print(repr(logging.getLogger()), repr(logging.makeLogRecord({'msg': 'hi', 'levelno': 10})))
try:
    app.log('INFO', 'x')
except TypeError as e:
    print(e)
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(bogus=1)
except ValueError as e:
    print(e)
logging.basicConfig(stream=sys.stdout, format='{levelname}:{message}', style='{')
logging.error('braced root')
try:
    1 / 0
except ZeroDivisionError as e:
    logging.error('with info', exc_info=e)
    logging.getLogger('shop').error('plain', exc_info=False)
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('still shown')
logging.disable(logging.NOTSET)
rec = logging.makeLogRecord({'msg': 'a %s', 'args': ('b',)})
print(rec.getMessage(), rec.levelname if hasattr(rec, 'levelname') else None)
print(sorted(logging.getLevelNamesMapping().items())[:3])
