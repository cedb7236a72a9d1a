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
