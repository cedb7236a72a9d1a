# json edge cases beyond json-module.py and json-roundtrip-nested.py: decode errors with positions, indent and
# separators, non-str keys, astral characters, default=, big numbers, NaN handling.
import json
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '"abc', 'tru', '{"a":1,}', '[1] x', '{1: 2}']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(e, e.pos, e.lineno, e.colno)
print(json.dumps({'a': [1, {'b': None}]}, indent=4), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps({'x': 1}, separators=(',', ':')))
print(json.dumps({2: 'a', 1.5: 'b', True: 'c', None: 'd'}), json.dumps("😀"), json.loads('"\\ud83d\\ude00"'), json.dumps({'k': object()}, default=str)[:20])
print(json.loads('{"a": 1.0e2, "b": -0, "c": 12345678901234567890}'), json.loads('[NaN, Infinity]'), json.dumps('\u0001\t'))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps(object())
except TypeError as e: print(e)
