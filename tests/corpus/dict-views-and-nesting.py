inventory = {"apple": {"count": 3, "tags": ["red"]}, "pear": {"count": 0, "tags": []}}
inventory["apple"]["tags"].append("sweet")
for name, info in inventory.items():
    print(name, info["count"], ",".join(info["tags"]) or "-")
print({k: v["count"] for k, v in inventory.items() if v["count"]})
print(sorted(inventory.items(), key=lambda kv: kv[1]["count"]))
print({1: {2: {3: "deep"}}}[1][2][3], repr({"q": "'"}), {(1, 2): "tuple key"}, {None: 0})
