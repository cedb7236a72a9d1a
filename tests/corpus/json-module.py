import json
data = {"name": "Ann", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None}
s = json.dumps(data)
print(s, json.loads(s) == data, json.dumps(data, indent=2, sort_keys=True))
print(json.loads('[1, 2.5, "x", null, true, {"a": {}}]'), json.dumps("é"), json.dumps("é", ensure_ascii=False), json.dumps((1, 2)))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(e)
