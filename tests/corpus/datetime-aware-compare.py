# datetime/time with tzinfo: equality and hash across offsets, naive vs aware, dict lookup.
from datetime import datetime, time, timezone, timedelta
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
n = datetime(2024, 1, 1, 12)
print(a == b, hash(a) == hash(b), a == n, a < b, b <= a)
for x, y in [(a, n), (time(1, tzinfo=timezone.utc), time(1))]:
    try: x < y
    except TypeError as e: print(e)
t1, t2 = time(3, tzinfo=timezone.utc), time(5, tzinfo=timezone(timedelta(hours=2)))
print(t1 == t2, hash(t1) == hash(t2), t1 > time(2, tzinfo=timezone.utc), {a: 1}[b])
