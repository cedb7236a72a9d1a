import datetime as dt
tests = [
 "dt.date(0,1,1)", "dt.date(2024,13,1)", "dt.date(2024,2,30)", "dt.date(2024.0,1,1)", "dt.date('2024',1,1)",
 "dt.time(24)", "dt.time(1,60)", "dt.time(1,1,60)", "dt.time(1,1,1,10**6)", "dt.time(fold=2)", "dt.time(tzinfo=1)",
 "dt.timedelta(days=10**9)", "dt.timedelta(days=1.5, seconds=0.25, microseconds=0.5)", "dt.timedelta(minutes=-1.1)",
 "dt.timedelta('1')", "dt.timezone(dt.timedelta(hours=24))", "dt.timezone(5)", "dt.timezone(dt.timedelta(0))",
 "dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')", "str(dt.timezone(dt.timedelta(hours=5, minutes=30, seconds=7)))",
 "dt.timezone(dt.timedelta(microseconds=1))", "dt.timezone(dt.timedelta(hours=1), 5)",
 "dt.date(2024,1,1) < dt.datetime(2024,1,1)", "dt.date(2024,1,1) == dt.datetime(2024,1,1)",
 "dt.datetime(2024,1,1) < dt.datetime(2024,1,1,tzinfo=dt.timezone.utc)", "dt.datetime(2024,1,1) == dt.datetime(2024,1,1,tzinfo=dt.timezone.utc)",
 "dt.datetime(2024,1,1) - dt.datetime(2024,1,1,tzinfo=dt.timezone.utc)",
 "dt.time(1) < dt.time(1, tzinfo=dt.timezone.utc)",
 "dt.date.fromisoformat('2024-1-1')", "dt.date.fromisoformat(5)", "dt.datetime.fromisoformat('2024-01-01T25:00')",
 "dt.datetime.fromisoformat('2024-01-01 10:20:30.123+05:30')", "dt.datetime.fromisoformat('20240101T102030Z')",
 "dt.datetime.fromisoformat('2024-W01-2')", "dt.time.fromisoformat('10:20:30.5')", "dt.time.fromisoformat('1020')",
 "dt.date.fromisoformat('2024-13-01')", "dt.datetime.fromisoformat('2024-01-01T')", "dt.datetime.fromisoformat('2024-01-01T10:20:30.1234567')",
 "dt.time.fromisoformat('T10:20')", "dt.datetime(2024,1,1).isoformat(sep='ab')",
 "dt.date(2024,1,1).isoformat()", "dt.time(1,2,3,4).isoformat('milliseconds')", "dt.time(1).isoformat('bogus')",
 "dt.timedelta(1)/0", "dt.timedelta(1)//0", "dt.timedelta(1)*1.5", "dt.timedelta(seconds=1)/3", "divmod(dt.timedelta(7), dt.timedelta(2))",
 "dt.timedelta(1)/dt.timedelta(0)", "dt.timedelta(1)//dt.timedelta(0)", "dt.timedelta(1)%dt.timedelta(0)",
 "-dt.timedelta(1, 1, 1)", "abs(dt.timedelta(-1))", "dt.timedelta(1) % dt.timedelta(hours=5)", "dt.timedelta(hours=1) * 0.1",
 "repr(dt.datetime(2024,1,1,tzinfo=dt.timezone.utc))", "repr(dt.time(0,0,tzinfo=dt.timezone.utc))", "repr(dt.datetime(2024,1,1,fold=1))",
 "dt.datetime(2024,1,1,10,30).strftime('%f %z %Z|%%f')", "dt.datetime(2024,1,1,10,30,tzinfo=dt.timezone(dt.timedelta(hours=-3))).strftime('%z %Z')",
 "dt.datetime.max + dt.timedelta(1)", "dt.date.min - dt.timedelta(1)", "dt.timedelta.max + dt.timedelta(1)",
 "dt.datetime(2024,3,10,12).astimezone(dt.timezone.utc)", "dt.datetime.combine(dt.date(2024,1,2), dt.time(3,4))",
 "dt.datetime(2024,1,1).replace(year=2023, tzinfo=dt.timezone.utc)", "dt.date(2024,1,1).replace(month=2, day=30)",
 "dt.date.fromisocalendar(2024, 53, 1)", "dt.date.fromisocalendar(2020, 53, 7)", "dt.date(2024,1,1).isocalendar().week",
 "dt.date.fromisocalendar(10000,1,1)", "dt.date.fromisocalendar(2024,1,8)", "dt.date.fromisocalendar(2024,0,1)",
 "dt.datetime(2024,1,1,12,tzinfo=dt.timezone.utc).utctimetuple()", "dt.date(2024,5,1).timetuple()",
 "dt.date.fromordinal(0)", "dt.time(12).utcoffset()", "bool(dt.time(0))", "bool(dt.timedelta(0))",
 "dt.timedelta(days=-1, seconds=5)", "str(dt.timedelta(days=-2, microseconds=5))", "str(dt.timedelta(days=3, hours=25))",
 "dt.tzinfo().utcoffset(None)", "dt.tzinfo().tzname(None)", "format(dt.datetime(2024,1,1), '')", "format(dt.timedelta(1), '')",
 "dt.datetime(2024,1,1) + dt.timedelta(hours=0.5)", "dt.datetime(1,1,1).ctime()", "dt.datetime(2024,1,1,0,0,0,5).isoformat(' ', 'seconds')",
 "dt.datetime.fromtimestamp(1.5e9, dt.timezone(dt.timedelta(hours=2)))", "dt.datetime.now(5)", "dt.timezone.min",
 "dt.time(10, tzinfo=dt.timezone(dt.timedelta(hours=-2, minutes=-30))).isoformat()", "hash(dt.timezone.utc)==hash(dt.timedelta(0))",
 "dt.date(2024,1,1).strftime(5)", "format(dt.date(2024,1,1), 5)", "dt.time(1,2,3).strftime('%H %f %p %Y')",
 "dt.datetime.utcfromtimestamp(-1.5)", "dt.datetime.fromtimestamp(86400*365.25*30, dt.timezone.utc)",
 "[dt.date.fromordinal(n).isoformat() for n in (1, 365, 366, 730120, 730485, 3652059)]",
 "[dt.date(y, 12, 28).isocalendar() for y in (2003, 2004, 2008, 2009, 2015, 2020, 2026)]",
 "[dt.date(y, 1, 1).isocalendar() for y in (2005, 2010, 2016, 2021, 2027)]",
 "sorted({dt.datetime(2024,1,1,12,tzinfo=dt.timezone.utc), dt.datetime(2024,1,1,14,tzinfo=dt.timezone(dt.timedelta(hours=2)))})",
 "dt.datetime(2024,1,1,12,tzinfo=dt.timezone.utc) - dt.datetime(2024,1,1,12,tzinfo=dt.timezone(dt.timedelta(hours=5)))",
 "dt.date(2024,3,1) - dt.date(2023,3,1)", "dt.timedelta(weeks=1, days=-1, hours=-1, minutes=30, milliseconds=1500)",
 "dt.UTC is dt.timezone.utc", "dt.datetime(2024,1,1,tzinfo=dt.timezone.utc).timestamp()",
 "dt.datetime(2020,2,29,23,59,59,999999) + dt.timedelta(microseconds=1)",
]
for t in tests:
    try: r = eval(t); print(t, '->', repr(r))
    except Exception as e: print(t, '!!', type(e).__name__, e)
class Cet(dt.tzinfo):
    def utcoffset(self, d): return dt.timedelta(hours=1)
    def dst(self, d): return dt.timedelta(0)
    def tzname(self, d): return 'CET'
x = dt.datetime(2024, 6, 1, 12, tzinfo=Cet())
print(x, x.tzname(), x.utcoffset(), x.astimezone(dt.timezone.utc), dt.datetime(2024, 6, 1, 11, tzinfo=dt.timezone.utc).astimezone(Cet()))
print(x.strftime('%Y-%m-%d %H:%M %Z %z'), x.timetuple().tm_isdst)
class Stamp(dt.datetime):
    pass
s = Stamp(2024, 1, 2, 3)
print(repr(s), type(s + dt.timedelta(1)).__name__, s.date(), isinstance(s, dt.date))
