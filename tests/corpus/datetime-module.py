import datetime as dt
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%d.%m.%Y"), d.replace(day=1))
t = dt.datetime(2023, 12, 31, 23, 59, 30)
print(t, t + dt.timedelta(seconds=45), (dt.datetime(2024, 1, 1) - t).total_seconds(), t.year, repr(t.date()))
print(dt.timedelta(days=1, hours=2, minutes=3), dt.timedelta(seconds=-1), dt.datetime.fromisoformat("2020-05-17T10:20:30"))
print(dt.date(2024, 1, 1) < dt.date(2024, 1, 2), dt.datetime(2020, 1, 1).strftime("%A %B %j"))
