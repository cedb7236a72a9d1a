# dict-str-list.py — word counting and string building: dict get/set, str split/join/format, list append/sort.
words = "the quick brown fox jumps over the lazy dog while threads wait on a lock and a queue".split()
counts = {}
parts = []
for i in range(60000):
    w = words[i % len(words)] + str(i % 97)
    counts[w] = counts.get(w, 0) + 1
    if i % 7 == 0:
        parts.append(w.upper())
text = ",".join(parts)
pieces = text.split(",")
pieces.sort()
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("checksum", len(counts), len(text), pieces[0], pieces[-1], top)
