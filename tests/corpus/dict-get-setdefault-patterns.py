groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, {k: v for k, v in sorted(counts.items())}, dict(sorted(counts.items(), key=lambda kv: kv[1])))
