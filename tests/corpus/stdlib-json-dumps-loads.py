import json
data = {"name": "Ann", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None}
s = json.dumps(data)
print(s, json.loads(s) == data, json.dumps(data, indent=2, sort_keys=True))
print(json.loads('[1, 2.5, "x", null, true, {"a": {}}]'), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(e)
import json
doc = {"users": [{"name": "Ann", "age": 31, "langs": ["py", "ts"]}, {"name": "Бо", "age": None}], "ok": False, "ratio": 0.1}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
print(text)
back = json.loads(text)
print(back == doc, back["users"][1]["name"], type(back["ratio"]).__name__)
print(json.dumps([1e16, 1.5, -0.0, 10 ** 20, float("inf")]))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
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
