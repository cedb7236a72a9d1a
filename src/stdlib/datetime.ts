// datetime.ts — the datetime module: timedelta, tzinfo, timezone, date, time, datetime (date, time and
// datetime themselves are in datetime-classes.ts; the two halves are one Python source).
// Python source run by gilpy's VM (tzinfo and the value classes are subclassed by users). Behaviour, reprs
// and messages follow docs.python.org/3.11/library/datetime.html and what python3 3.11 prints; the code
// is gilpy's own: a timedelta is one count of microseconds, a datetime one proleptic-Gregorian ordinal
// plus a time of day. The clock is read only through the time module (virtual clock runs repeat exactly).

import { datetimeClassesSource } from "./datetime-classes.js";

export const datetimeSource: string = String.raw`"""Dates, times and durations for gilpy: date, time, datetime, timedelta, tzinfo, timezone."""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_TD_DAYS = 999999999
_WEEKDAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


# ---- argument checks ----

def _whole(value):
    # ints (and anything with __index__) pass; floats and strings do not, as in the C module
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _is_datetime(value):
    return isinstance(value, datetime)


def _tp_name(obj):
    cls = type(obj)
    return 'datetime.' + cls.__name__ if cls.__module__ == 'datetime' else cls.__name__


def _check_tzinfo(tz):
    if not (tz is None or isinstance(tz, tzinfo)):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_str_arg(func, value):
    if not isinstance(value, str):
        raise TypeError('%s argument 1 must be str, not %s' % (func, type(value).__name__))


# ---- the proleptic Gregorian calendar; ordinal 1 is 0001-01-01, a Monday ----

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0]
for _length in _MONTH_DAYS:
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _length)
del _length


def _is_leap(year):
    return year % 400 == 0 or (year % 4 == 0 and year % 100 != 0)


def _month_length(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]


def _year_start(year):
    # ordinal of January 1st of year
    before = year - 1
    return before * 365 + before // 4 - before // 100 + before // 400 + 1


def _day_of_year(year, month, day):
    return _DAYS_BEFORE[month - 1] + (month > 2 and _is_leap(year)) + day


def _to_ordinal(year, month, day):
    return _year_start(year) + _day_of_year(year, month, day) - 1


def _from_ordinal(ordinal):
    # a 400-year cycle has 146097 days: estimate the year from that, then step to the right one
    year = (ordinal - 1) * 400 // 146097 + 1
    while _year_start(year + 1) <= ordinal:
        year += 1
    while _year_start(year) > ordinal:
        year -= 1
    remaining = ordinal - _year_start(year)
    leap = _is_leap(year)
    month = 1
    while month < 12 and remaining >= _DAYS_BEFORE[month] + (month >= 2 and leap):
        month += 1
    return year, month, remaining - _DAYS_BEFORE[month - 1] - (month > 2 and leap) + 1


def _iso_week_one(year):
    # ordinal of the Monday of ISO week 1: the week holding January 4th
    jan4 = _year_start(year) + 3
    return jan4 - (jan4 + 6) % 7


def _checked_date(year, month, day):
    year, month, day = _whole(year), _whole(month), _whole(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _checked_time(hour, minute, second, microsecond, fold):
    values = [_whole(v) for v in (hour, minute, second, microsecond, fold)]
    for name, value, top in zip(('hour', 'minute', 'second', 'microsecond'), values, (23, 59, 59, 999999)):
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    if values[4] not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return values


# ---- text helpers ----

def _offset_text(offset, sep=':'):
    # '+HH:MM', with ':SS' and '.ffffff' only when present; '' for None
    if offset is None:
        return ''
    us = offset._us
    sign = '-' if us < 0 else '+'
    us = abs(us)
    seconds, fraction = divmod(us, _US_PER_SECOND)
    minutes, secs = divmod(seconds, 60)
    hours, mins = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, mins)
    if secs or fraction:
        text += '%s%02d' % (sep, secs)
        if fraction:
            text += '.%06d' % fraction
    return text


def _clock_text(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'seconds' if us == 0 else 'microseconds'
    pieces = {
        'hours': '%02d' % h,
        'minutes': '%02d:%02d' % (h, m),
        'seconds': '%02d:%02d:%02d' % (h, m, s),
        'milliseconds': '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000),
        'microseconds': '%02d:%02d:%02d.%06d' % (h, m, s, us),
    }
    if timespec not in pieces:
        raise ValueError('Unknown timespec value')
    return pieces[timespec]


def _expand_format(fmt, obj):
    # %f, %z and %Z are datetime's own; everything else goes to time.strftime
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_offset_text(offset, '').replace('%', '%%'))
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append((name or '').replace('%', '%%'))
        else:
            out.append('%' + code)
    return ''.join(out)


def _format_with(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError('format() argument 2 must be str, not %s' % type(fmt).__name__)
    return obj.strftime(fmt) if fmt else str(obj)


def _round_half_even(numerator, denominator):
    quotient, rest = divmod(numerator, denominator)
    twice = rest * 2
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


def _install_comparisons(cls):
    # each class defines _compare(other, for_equality) -> negative/zero/positive or NotImplemented
    checks = (('__eq__', True, lambda c: c == 0), ('__ne__', True, lambda c: c != 0),
              ('__lt__', False, lambda c: c < 0), ('__le__', False, lambda c: c <= 0),
              ('__gt__', False, lambda c: c > 0), ('__ge__', False, lambda c: c >= 0))
    for name, for_equality, verdict in checks:
        def method(self, other, for_equality=for_equality, verdict=verdict):
            outcome = self._compare(other, for_equality)
            return outcome if outcome is NotImplemented else verdict(outcome)
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        setattr(cls, name, method)


def _sign(n):
    return (n > 0) - (n < 0)


def _compare_instants(a, b, mine, theirs, for_equality, kinds):
    # time and datetime: compare microsecond counts, moved to UTC when the two have different tzinfo;
    # naive against aware is unequal, and unorderable
    if a._tzinfo is not b._tzinfo:
        my_offset, their_offset = a.utcoffset(), b.utcoffset()
        if (my_offset is None) != (their_offset is None):
            if for_equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware " + kinds)
        if my_offset is not None:
            mine -= my_offset._us
            theirs -= their_offset._us
    return _sign(mine - theirs)


def _instant_hash(obj, us):
    # time and datetime hash their UTC microseconds (cached in _hash)
    if obj._hash == -1:
        offset = obj.utcoffset()
        obj._hash = hash(us - (offset._us if offset else 0))
    return obj._hash


def _duration(value):
    # microseconds of a timedelta, None for anything else
    return value._us if isinstance(value, timedelta) else None


# ---- timedelta ----

class timedelta:
    """A duration, kept as a whole number of microseconds."""
    __slots__ = ('_us', '_days', '_seconds', '_microseconds', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        exact, approx = 0, 0.0
        for label, amount, scale in (('days', days, _US_PER_DAY), ('seconds', seconds, _US_PER_SECOND),
                                     ('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                     ('minutes', minutes, 60 * _US_PER_SECOND),
                                     ('hours', hours, 3600 * _US_PER_SECOND), ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(amount, int):
                exact += amount * scale
            elif isinstance(amount, float):
                approx += amount * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (label, type(amount).__name__))
        if approx:
            exact += round(approx)
        return _timedelta_of(cls, exact)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us / _US_PER_SECOND

    def __repr__(self):
        parts = ['%s=%d' % (label, value) for label, value in
                 (('days', self._days), ('seconds', self._seconds), ('microseconds', self._microseconds)) if value]
        return '%s(%s)' % (_tp_name(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, mins = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, mins, secs)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        return text

    def __format__(self, spec):
        return format(str(self), spec)

    def __add__(self, other):
        us = _duration(other)
        return NotImplemented if us is None else _timedelta_of(timedelta, self._us + us)

    __radd__ = __add__

    def __sub__(self, other):
        us = _duration(other)
        return NotImplemented if us is None else _timedelta_of(timedelta, self._us - us)

    def __rsub__(self, other):
        us = _duration(other)
        return NotImplemented if us is None else _timedelta_of(timedelta, us - self._us)

    def __neg__(self):
        return _timedelta_of(timedelta, -self._us)

    def __pos__(self):
        return _timedelta_of(timedelta, self._us)

    def __abs__(self):
        return _timedelta_of(timedelta, abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _timedelta_of(timedelta, self._us * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _timedelta_of(timedelta, _round_half_even(self._us * top, bottom))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        us = _duration(other)
        if us is not None:
            return self._us / us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _timedelta_of(timedelta, _round_half_even(self._us, other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if top == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _timedelta_of(timedelta, _round_half_even(self._us * bottom, top))
        return NotImplemented

    def __floordiv__(self, other):
        us = _duration(other)
        if us is not None:
            if us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us // us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _timedelta_of(timedelta, self._us // other)
        return NotImplemented

    def __mod__(self, other):
        us = _duration(other)
        if us is None:
            return NotImplemented
        if us == 0:
            raise ZeroDivisionError('integer modulo by zero')
        return _timedelta_of(timedelta, self._us % us)

    def __divmod__(self, other):
        us = _duration(other)
        if us is None:
            return NotImplemented
        if us == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        whole, rest = divmod(self._us, us)
        return whole, _timedelta_of(timedelta, rest)

    def _compare(self, other, for_equality):
        us = _duration(other)
        return NotImplemented if us is None else _sign(self._us - us)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _timedelta_of(cls, us):
    days, rest = divmod(us, _US_PER_DAY)
    if abs(days) > _MAX_TD_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_TD_DAYS))
    self = object.__new__(cls)
    self._us = us
    self._days = days
    self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
    return self


_install_comparisons(timedelta)
timedelta.min = _timedelta_of(timedelta, -_MAX_TD_DAYS * _US_PER_DAY)
timedelta.max = _timedelta_of(timedelta, (_MAX_TD_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _timedelta_of(timedelta, 1)


# ---- time zones ----

class tzinfo:
    """Abstract base for time-zone information: subclasses give utcoffset(), dst() and tzname()."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Moves dt (a UTC time carrying this tzinfo) to local time in this zone."""
        if not _is_datetime(dt):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        standard = dt + (offset - saving)
        saving = standard.dst()
        if saving is None:
            raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return standard + saving

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), tuple(getattr(self, '__getinitargs__', lambda: ())()), state


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if _duration(offset) is None:
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if not (name is None or isinstance(name, str)):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if abs(offset._us) >= 24 * 3600 * _US_PER_SECOND:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        if name is None and not offset and cls is timezone and _utc_zone is not None:
            return _utc_zone
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return other._offset == self._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc_zone:
            return 'datetime.timezone.utc'
        shown = repr(self._offset) if self._name is None else '%r, %r' % (self._offset, self._name)
        return '%s(%s)' % (_tp_name(self), shown)

    def __str__(self):
        return self.tzname(None)

    def _arg_check(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._arg_check(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        self._arg_check(dt, 'dst')
        return None

    def tzname(self, dt):
        self._arg_check(dt, 'tzname')
        if self._name is not None:
            return self._name
        return 'UTC' + _offset_text(self._offset) if self._offset else 'UTC'

    def fromutc(self, dt):
        if not _is_datetime(dt):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_utc_zone = None
_utc_zone = timezone(timedelta(0))
timezone.utc = UTC = _utc_zone
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _utcoffset_of(tz, dt, method='utcoffset'):
    # asks tz for an offset and checks what comes back, as the C module does
    if tz is None:
        return None
    value = getattr(tz, method)(dt)
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r' % (method, type(value).__name__))
    if abs(value._us) >= _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24), not %r.' % (value,))
    return value


` + datetimeClassesSource;
