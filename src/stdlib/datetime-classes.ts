// datetime-classes.ts — the second half of the datetime module's Python source: date, ISO 8601 parsing,
// time and datetime (datetime.ts holds timedelta, tzinfo, timezone and the helpers, and joins the two).

export const datetimeClassesSource: string = String.raw`# ---- date ----

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hash')

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _checked_date(year, month, day)
        self._hash = -1
        return self

    @classmethod
    def fromordinal(cls, n):
        n = _whole(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _to_ordinal(MAXYEAR, 12, 31):
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        return cls(*_from_ordinal(n))

    @classmethod
    def fromtimestamp(cls, t):
        whole, _ = _split_timestamp(t)
        parts = _time.localtime(whole)
        return cls(parts[0], parts[1], parts[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisoformat(cls, date_string):
        _iso_text(date_string)
        if len(date_string) not in _ISO_DATE_LENGTHS:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*_parse_iso_date(date_string, date_string))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tp_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return _ctime_text(self, 0, 0, 0)

    def timetuple(self):
        return _struct_time(self, 0, 0, 0, -1)

    def strftime(self, format):
        _check_str_arg('strftime()', format)
        return _time.strftime(_expand_format(format, self), self.timetuple())

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() - 1) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        ordinal = self.toordinal()
        year = self._year
        if ordinal >= _iso_week_one(year + 1):
            year += 1
        elif ordinal < _iso_week_one(year):
            year -= 1
        week, day = divmod(ordinal - _iso_week_one(year), 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _compare(self, other, for_equality):
        if isinstance(other, datetime) or not isinstance(other, date):
            return NotImplemented
        mine = (self._year, self._month, self._day)
        theirs = (other._year, other._month, other._day)
        return 0 if mine == theirs else (1 if mine > theirs else -1)

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash(('date', self._year, self._month, self._day))
        return self._hash

    def __add__(self, other):
        if _duration(other) is None:
            return NotImplemented
        return _shift_date(self, other._days)

    __radd__ = __add__

    def __sub__(self, other):
        if _duration(other) is not None:
            return _shift_date(self, -other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _shift_date(d, days):
    ordinal = d.toordinal() + days
    if not 1 <= ordinal <= _to_ordinal(MAXYEAR, 12, 31):
        raise OverflowError('date value out of range')
    return type(d)(*_from_ordinal(ordinal))


def _struct_time(d, hh, mm, ss, dst_flag):
    return _time.struct_time((d._year, d._month, d._day, hh, mm, ss, d.weekday(),
                              _day_of_year(d._year, d._month, d._day), dst_flag))


def _ctime_text(d, hh, mm, ss):
    return '%s %s %2d %02d:%02d:%02d %04d' % (_WEEKDAY_NAMES[d.weekday()], _MONTH_NAMES[d._month - 1], d._day,
                                              hh, mm, ss, d._year)


def _from_iso_calendar(year, week, day):
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    last_week = 53 if _iso_week_one(year + 1) - _iso_week_one(year) == 53 * 7 else 52
    if not 1 <= week <= last_week:
        raise ValueError('Invalid week: %d' % week)
    if not 1 <= day <= 7:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _from_ordinal(_iso_week_one(year) + (week - 1) * 7 + day - 1)


def _split_timestamp(t):
    # whole seconds and microseconds (rounded half to even), fraction keeping the sign of t
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    whole = int(t)
    us = round((t - whole) * 1e6)
    if us >= _US_PER_SECOND:
        whole, us = whole + 1, us - _US_PER_SECOND
    elif us < 0:
        whole, us = whole - 1, us + _US_PER_SECOND
    return whole, us


class _IsoCalendarDate(tuple):
    """(year, week, weekday) with named fields, as date.isocalendar() returns it."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
_install_comparisons(date)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


# ---- ISO 8601 parsing ----

_ISO_DATE_LENGTHS = (7, 8, 10)


def _iso_text(value):
    if not isinstance(value, str):
        raise TypeError('fromisoformat: argument must be str')

def _digits(text, start, count, original):
    piece = text[start:start + count]
    if len(piece) != count or not all('0' <= ch <= '9' for ch in piece):
        raise ValueError('Invalid isoformat string: %r' % original)
    return int(piece)


def _parse_iso_date(text, original):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    year = _digits(text, 0, 4, original)
    dashed = text[4:5] == '-'
    rest = text[5:] if dashed else text[4:]
    if rest[:1] == 'W':
        week = _digits(rest, 1, 2, original)
        day = 1
        tail = rest[3:]
        if tail:
            if dashed:
                if tail[:1] != '-':
                    raise ValueError('Invalid isoformat string: %r' % original)
                tail = tail[1:]
            day = _digits(tail, 0, 1, original)
            if len(tail) != 1:
                raise ValueError('Invalid isoformat string: %r' % original)
        return _from_iso_calendar(year, week, day)
    month = _digits(rest, 0, 2, original)
    if dashed:
        if rest[2:3] != '-' or len(rest) != 5:
            raise ValueError('Invalid isoformat string: %r' % original)
        day = _digits(rest, 3, 2, original)
    else:
        if len(rest) != 4:
            raise ValueError('Invalid isoformat string: %r' % original)
        day = _digits(rest, 2, 2, original)
    return year, month, day


def _iso_date_length(text):
    if text[4:5] == '-':
        return (10 if text[8:9] == '-' else 8) if text[5:6] == 'W' else 10
    if text[4:5] == 'W':
        return 8 if text[7:8].isdigit() else 7
    return 8


def _parse_clock(text, original):
    # HH[:MM[:SS[.fff...]]] or HHMM[SS[.fff...]]; returns [hour, minute, second, microsecond]
    values = [0, 0, 0, 0]
    pos, slot = 0, 0
    extended = text[2:3] == ':'
    while slot < 3:
        values[slot] = _digits(text, pos, 2, original)
        pos += 2
        slot += 1
        if pos >= len(text) or text[pos] in '.,':
            break
        if extended:
            if text[pos] != ':':
                raise ValueError('Invalid isoformat string: %r' % original)
            pos += 1
    if pos < len(text):
        if text[pos] not in '.,' or slot != 3:
            raise ValueError('Invalid isoformat string: %r' % original)
        fraction = text[pos + 1:]
        if not fraction or not all('0' <= ch <= '9' for ch in fraction):
            raise ValueError('Invalid isoformat string: %r' % original)
        values[3] = int((fraction + '00000')[:6])
    return values


def _parse_iso_time(text, original):
    # a clock reading then an optional Z or +/-offset; returns (h, m, s, us, tzinfo or None)
    cut = len(text)
    for i, ch in enumerate(text):
        if ch in 'Z+-':
            cut = i
            break
    h, m, s, us = _parse_clock(text[:cut], original)
    zone = None
    suffix = text[cut:]
    if suffix == 'Z':
        zone = _utc_zone
    elif suffix:
        if len(suffix) < 3:
            raise ValueError('Invalid isoformat string: %r' % original)
        oh, om, osec, ous = _parse_clock(suffix[1:], original)
        offset = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
        zone = timezone(-offset if suffix[0] == '-' else offset)
    return h, m, s, us, zone


# ---- time ----

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        clock = _checked_time(hour, minute, second, microsecond, fold)
        self._hour, self._minute, self._second, self._microsecond, self._fold = clock
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hash = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        _iso_text(time_string)
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        if not text:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        h, m, s, us, zone = _parse_iso_time(text, time_string)
        return cls(h, m, s, us, zone)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def dst(self):
        return _utcoffset_of(self._tzinfo, None, 'dst')

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return clock + _offset_text(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        _check_str_arg('strftime()', format)
        shape = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _time.strftime(_expand_format(format, self), shape)

    def __format__(self, fmt):
        return _format_with(self, fmt)

    def __repr__(self):
        return _clock_repr(self, '%s(' % _tp_name(self), [])

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, for_equality):
        if not isinstance(other, time):
            return NotImplemented
        return _compare_instants(self, other, self._us_of_day(), other._us_of_day(), for_equality, "times")

    def __hash__(self):
        return _instant_hash(self, self._us_of_day())

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)


def _clock_repr(obj, head, leading):
    fields = leading + [obj._hour, obj._minute]
    if obj._second or obj._microsecond:
        fields.append(obj._second)
    if obj._microsecond:
        fields.append(obj._microsecond)
    text = head + ', '.join(str(v) for v in fields)
    if obj._tzinfo is not None:
        text += ', tzinfo=%r' % (obj._tzinfo,)
    if obj._fold:
        text += ', fold=1'
    return text + ')'


_install_comparisons(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, _US_PER_SECOND - 1)
time.resolution = timedelta.resolution


# ---- datetime ----

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        self = object.__new__(cls)
        self._year, self._month, self._day = _checked_date(year, month, day)
        clock = _checked_time(hour, minute, second, microsecond, fold)
        self._hour, self._minute, self._second, self._microsecond, self._fold = clock
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._hash = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- construction --

    @classmethod
    def _from_us(cls, total, tz, fold=0):
        # total: microseconds since 0001-01-01T00:00 minus one day (ordinal * day + time of day)
        ordinal, of_day = divmod(total, _US_PER_DAY)
        if not 1 <= ordinal <= _to_ordinal(MAXYEAR, 12, 31):
            raise OverflowError('date value out of range')
        seconds, us = divmod(of_day, _US_PER_SECOND)
        minutes, s = divmod(seconds, 60)
        h, m = divmod(minutes, 60)
        return cls(*_from_ordinal(ordinal), h, m, s, us, tz, fold=fold)

    @classmethod
    def _from_epoch(cls, t, utc, tz):
        whole, us = _split_timestamp(t)
        parts = (_time.gmtime if utc else _time.localtime)(whole)
        return cls(parts[0], parts[1], parts[2], parts[3], parts[4], min(parts[5], 59), us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_epoch(t, False, None)
        return tz.fromutc(cls._from_epoch(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()['date']):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, globals()['time']):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        zone = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   zone, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        _iso_text(date_string)
        cut = _iso_date_length(date_string) if len(date_string) >= 7 else len(date_string)
        y, mo, d = _parse_iso_date(date_string[:cut], date_string)
        clock = date_string[cut + 1:]
        if len(date_string) > cut and not clock:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        h = m = s = us = 0
        zone = None
        if clock:
            h, m, s, us, zone = _parse_iso_time(clock, date_string)
        return cls(y, mo, d, h, m, s, us, zone)

    @classmethod
    def strptime(cls, date_string, format):
        parts = _time.strptime(date_string, format)
        return cls(*parts[:6])

    # -- views --

    def date(self):
        return date(self.year, self.month, self.day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def dst(self):
        return _utcoffset_of(self._tzinfo, self, 'dst')

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else int(bool(saving))
        return _struct_time(self, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _struct_time(moment, moment._hour, moment._minute, moment._second, 0)

    def _total_us(self):
        of_day = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
        return self.toordinal() * _US_PER_DAY + of_day

    def _local_offset(self):
        # offset of the machine's local time at this naive datetime, through mktime/localtime
        stamp = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                              -1, -1, -1))
        local = _time.localtime(stamp)
        return timedelta(seconds=getattr(local, 'tm_gmtoff', 0) or 0), getattr(local, 'tm_zone', None)

    def timestamp(self):
        if self._tzinfo is None:
            offset, _ = self._local_offset()
        else:
            offset = self.utcoffset() or timedelta(0)
        return (self._total_us() - offset._us - _EPOCH_US) / _US_PER_SECOND

    def astimezone(self, tz=None):
        offset = self.utcoffset()
        if offset is None:
            offset, _ = self._local_offset()
        instant = self._total_us() - offset._us
        if tz is None:
            local = _time.localtime((instant - _EPOCH_US) // _US_PER_SECOND)
            tz = timezone(timedelta(seconds=getattr(local, 'tm_gmtoff', 0) or 0), getattr(local, 'tm_zone', None))
        elif isinstance(tz, tzinfo) is False:
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % type(tz).__name__)
        if tz is self._tzinfo:
            return self
        return tz.fromutc(type(self)._from_us(instant, tz))

    # -- text --

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        clock = _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        return '%04d-%02d-%02d%s%s%s' % (self._year, self._month, self._day, sep, clock,
                                         _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        return _clock_repr(self, '%s(' % _tp_name(self), [self._year, self._month, self._day])

    def ctime(self):
        return _ctime_text(self, self._hour, self._minute, self._second)

    def strftime(self, format):
        _check_str_arg('strftime()', format)
        return _time.strftime(_expand_format(format, self), self.timetuple())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    # -- comparison and arithmetic --

    def _compare(self, other, for_equality):
        if not _is_datetime(other):
            if isinstance(other, date) and not for_equality:
                raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
            return NotImplemented
        return _compare_instants(self, other, self._total_us(), other._total_us(), for_equality, "datetimes")

    def __hash__(self):
        return _instant_hash(self, self._total_us())

    def __add__(self, other):
        us = _duration(other)
        if us is None:
            return NotImplemented
        return type(self)._from_us(self._total_us() + us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        us = _duration(other)
        if us is not None:
            return type(self)._from_us(self._total_us() - us, self._tzinfo)
        if not _is_datetime(other):
            return NotImplemented
        difference = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            my_offset, their_offset = self.utcoffset(), other.utcoffset()
            if (my_offset is None) != (their_offset is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if my_offset is not None:
                difference -= my_offset._us - their_offset._us
        return _timedelta_of(timedelta, difference)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, self._tzinfo)


_install_comparisons(datetime)
datetime.min = datetime.combine(date.min, time.min)
datetime.max = datetime.combine(date.max, time.max)
datetime.resolution = timedelta.resolution
_EPOCH_US = datetime(1970, 1, 1)._total_us()
`;
