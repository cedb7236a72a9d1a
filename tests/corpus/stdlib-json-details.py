import json, sys
from collections import OrderedDict
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1:2}', '"abc', '"a\\qb"', '"\\u12"', '"a\tb"', '[1] x', 'nul', '-', '01', '1.',
          '{"a":}', '\ufeff[]', '[1e5, -0, 1E+2, 2.50, 1e400, NaN, -Infinity, 12345678901234567890]', '"\\ud83d\\ude00"', '{"a":1, "a":2}',
          '["\\u00e9", "\\/", "\\b\\f\\n\\r\\t"]', '  [\n1,\n  oops]', '{"é": "😀", "x": [true, false, null]}', '"😀" x']:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.dumps({1: 2, True: 3, None: 4, 2.5: 5}))
for o in [float('nan'), {'b': 1, 'a': [1, {}]}, 'é\u2028😀\x01\x7f"\\', [[]], (1, 2), OrderedDict(z=1, a=2),
          {'nested': {'list': [1, 2.5, None, 'x'], 'empty': {}}}, 10 ** 20, -0.0, 1e16, True]:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False, indent=2, sort_keys=True))
for bad in [lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(set()),
            lambda: json.dumps(float('inf'), allow_nan=False), lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True), lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
print(json.dumps({(1,): 2, 'k': 1}, skipkeys=True), json.dumps([1, {'a': 2}], indent=0), json.dumps([1, 2], indent='\t'), json.dumps({'a': [1, 2]}, separators=(',', ':')))
print(json.dumps({'b': 2, 'a': 1}, sort_keys=True, indent=4, separators=(', ', ' = ')))
print(json.dumps({'when': 1}, default=str), json.dumps([{1, 2}], default=sorted))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps([Point(1, 2)], cls=PointEncoder), PointEncoder(indent=1).encode({'p': Point(3, 4)}))
try:
    json.dumps([1j], cls=PointEncoder)
except TypeError as e:
    print(e)
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': [1], 'a': None}), ''.join(enc.iterencode([1, 'x'])), enc.item_separator, json.JSONEncoder().key_separator)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5, 2]', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('[NaN]', parse_constant=lambda c: c.lower()))
print(json.JSONDecoder().decode('[1]'), json.JSONDecoder().raw_decode('{"a": 1} tail'), json.loads('"a\tb"', strict=False))
import io
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(io.StringIO('{"back": true}')))
print(json.loads(b'[1, "b"]'), json.JSONDecodeError('boom', 'abc\ndef', 5), issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"broken": }')
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e)
