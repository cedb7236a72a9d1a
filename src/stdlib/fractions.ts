// fractions.ts — the fractions module: Fraction, exact rational numbers.
// Python source run by gilpy's VM. Behaviour (normalisation, string forms, mixed arithmetic with int/float/
// complex, limit_denominator, hashing equal to equal ints and floats, error messages) follows
// docs.python.org/3.11/library/fractions.html and python3 3.11's output; the code is gilpy's own.
// Strings are parsed by hand rather than with re, so importing fractions stays cheap. Fraction is registered as a
// numbers.Rational (CPython subclasses it; isinstance/issubclass answer the same). Decimals are recognised
// only once the decimal module is imported (fractions does not import it, to stay cheap).

export const fractionsSource: string = String.raw`"""Exact rational numbers for gilpy: the Fraction class."""

import math
import numbers
import sys as _sys
import sys

__all__ = ['Fraction']

_MODULUS = sys.hash_info.modulus


def _new(n, d):
    # A Fraction from a numerator and a positive denominator already in lowest terms.
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _exact(x):
    # int (bool too) or Fraction: what CPython accepts as a numbers.Rational here.
    return isinstance(x, (int, Fraction))


def _mixed(exact_op, float_op):
    """The forward and reflected methods for one arithmetic operator.

    Two exact operands (Fraction, int, bool) give an exact result; with a float both become floats, with a
    complex both become complex numbers; anything else is NotImplemented so Python tries the other side.
    """
    def forward(a, b):
        if _exact(b):
            return exact_op(a, b)
        if isinstance(b, float):
            return float_op(float(a), b)
        if isinstance(b, complex):
            return float_op(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if _exact(a):
            return exact_op(Fraction(a), b)
        if isinstance(a, float):
            return float_op(a, float(b))
        if isinstance(a, complex):
            return float_op(a, complex(b))
        return NotImplemented

    name = float_op.__name__
    forward.__name__ = '__' + name + '__'
    reflected.__name__ = '__r' + name + '__'
    return forward, reflected


def _sum(a, b):
    n = a.numerator * b.denominator + b.numerator * a.denominator
    d = a.denominator * b.denominator
    g = math.gcd(n, d)
    return _new(n // g, d // g)


def _difference(a, b):
    n = a.numerator * b.denominator - b.numerator * a.denominator
    d = a.denominator * b.denominator
    g = math.gcd(n, d)
    return _new(n // g, d // g)


def _product(a, b):
    n = a.numerator * b.numerator
    d = a.denominator * b.denominator
    g = math.gcd(n, d)
    return _new(n // g, d // g)


def _quotient(a, b):
    an, ad, bn, bd = a.numerator, a.denominator, b.numerator, b.denominator
    if bn == 0:
        # The message names the numerator CPython reaches after cancelling common factors first.
        g = math.gcd(an, bn)
        top = (an // g if g > 1 else an) * (bd // math.gcd(bd, ad))
        raise ZeroDivisionError('Fraction(%s, 0)' % top)
    n = an * bd
    d = ad * bn
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return _new(n // g, d // g)


def _floor_quotient(a, b):
    top = a.numerator * b.denominator
    return top // (b.numerator * a.denominator)


def _quotient_remainder(a, b):
    q, r = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
    return q, Fraction(r, a.denominator * b.denominator)


def _remainder(a, b):
    r = (a.numerator * b.denominator) % (b.numerator * a.denominator)
    return Fraction(r, a.denominator * b.denominator)


def _add(x, y):
    return x + y


def _sub(x, y):
    return x - y


def _mul(x, y):
    return x * y


def _truediv(x, y):
    return x / y


def _floordiv(x, y):
    return x // y


def _mod(x, y):
    return x % y


_add.__name__ = 'add'
_sub.__name__ = 'sub'
_mul.__name__ = 'mul'
_truediv.__name__ = 'truediv'
_floordiv.__name__ = 'floordiv'
_mod.__name__ = 'mod'


def _is_decimal(x):
    dec = _sys.modules.get('decimal')
    return dec is not None and isinstance(x, dec.Decimal)


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('0.75'), Fraction(0.75) and Fraction(Fraction(3, 4))
    are all three quarters. Kept in lowest terms with a positive denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        top, bottom = numerator, denominator
        if bottom is None:
            if type(top) is int:
                n, d = top, 1
            elif _exact(top):
                n, d = top.numerator, top.denominator
            elif isinstance(top, float) or _is_decimal(top):
                n, d = top.as_integer_ratio()
            elif isinstance(top, str):
                n, d = _parse(top)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(top) is int and type(bottom) is int:
            n, d = top, bottom
        elif _exact(top) and _exact(bottom):
            n = top.numerator * bottom.denominator
            d = top.denominator * bottom.numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (0.1 is 3602879701896397/36028797018963968)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to a Decimal (or an int)."""
        if isinstance(dec, int):
            return cls(dec)
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued-fraction expansion, keeping the last two convergents h/k, until the next
        # convergent's denominator is too big; the answer is then that last convergent or the best
        # semiconvergent between it and the one before.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            q = top // bottom
            k_next = k_prev + q * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + q * h, k_next
            top, bottom = bottom, top - q * bottom
        steps = (max_denominator - k_prev) // k
        semi = Fraction(h_prev + steps * h, k_prev + steps * k)
        conv = Fraction(h, k)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    __add__, __radd__ = _mixed(_sum, _add)
    __sub__, __rsub__ = _mixed(_difference, _sub)
    __mul__, __rmul__ = _mixed(_product, _mul)
    __truediv__, __rtruediv__ = _mixed(_quotient, _truediv)
    __floordiv__, __rfloordiv__ = _mixed(_floor_quotient, _floordiv)
    __divmod__, __rdivmod__ = _mixed(_quotient_remainder, divmod)
    __mod__, __rmod__ = _mixed(_remainder, _mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float (or complex) power."""
        if _exact(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            e = b.numerator
            n, d = a._numerator, a._denominator
            if e >= 0:
                return Fraction(n ** e, d ** e, _normalize=False)
            if n >= 0:
                return Fraction(d ** -e, n ** -e, _normalize=False)
            return Fraction((-d) ** -e, (-n) ** -e, _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b with a Fraction exponent: an int base keeps an int result when b is a natural number."""
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            return a ** n
        if _exact(a):
            return Fraction(a) ** b
        if d == 1:
            return a ** n
        return a ** float(b)

    def __pos__(a):
        return _new(a._numerator, a._denominator)

    def __neg__(a):
        return _new(-a._numerator, a._denominator)

    def __abs__(a):
        return _new(abs(a._numerator), a._denominator)

    def __int__(a):
        n, d = a._numerator, a._denominator
        return -((-n) // d) if n < 0 else n // d

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        n, d = a._numerator, a._denominator
        return n // d

    def __ceil__(a):
        n, d = a._numerator, a._denominator
        return -((-n) // d)

    def __round__(self, ndigits=None):
        """round(self) is the nearest int, halves to even; round(self, n) a Fraction with n decimals."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # Equal numbers hash alike: n/d hashes as n times the inverse of d modulo sys.hash_info.modulus,
        # which is what int and float hashing give for the same value; a d the modulus divides has no
        # inverse and hashes as infinity does.
        if self._denominator % _MODULUS == 0:
            h = sys.hash_info.inf
        else:
            h = hash(hash(abs(self._numerator)) * pow(self._denominator, -1, _MODULUS))
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if _exact(b):
            return a._denominator == b.denominator and a._numerator == b.numerator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if not math.isfinite(b):
                return False
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(self, other, test):
        if _exact(other):
            return test(self._numerator * other.denominator, other.numerator * self._denominator)
        if isinstance(other, float):
            if not math.isfinite(other):
                return test(0.0, other)
            return test(self, Fraction.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return type(self), (str(self),)

    def __copy__(self):
        # Fractions are immutable: a copy of a plain one is itself, a subclass instance is rebuilt.
        cls = type(self)
        return self if cls is Fraction else cls(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


def _digits(s, i):
    # End of the run of digits at s[i:] in which single underscores may separate digits (i if none).
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    i += 1
    while i < n:
        if s[i].isdecimal():
            i += 1
        elif s[i] == '_' and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(text):
    """(numerator, denominator) of a string such as '3/4', '-1.25', '.5e-3' or ' 7 ' (not yet reduced).

    What CPython 3.11 accepts: an optional sign, then digits and either '/digits' or an optional '.decimals'
    and an optional exponent, with surrounding whitespace and single underscores between digits. The
    decimals may also be a run of the letter d (CPython's pattern accepts it; int() then rejects it).
    """
    s = text.strip()
    n = len(s)
    i = 1 if s[:1] in ('+', '-') else 0
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        raise ValueError('Invalid literal for Fraction: %r' % text)
    j = _digits(s, i)
    whole = s[i:j]
    num = int(whole or '0')
    den = 1
    if j < n and s[j] == '/':
        k = _digits(s, j + 1)
        if k == j + 1 or k != n:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        den = int(s[j + 1:k])
        j = k
    else:
        if j < n and s[j] == '.':
            k = j + 1
            if k < n and s[k] in 'dD':
                while k < n and s[k] in 'dD':
                    k += 1
            else:
                k = _digits(s, k)
            decimals = s[j + 1:k]
            j = k
            if decimals:
                scale = 10 ** len(decimals.replace('_', ''))
                num = num * scale + int(decimals)
                den = scale
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            end = _digits(s, k)
            if end == k:
                raise ValueError('Invalid literal for Fraction: %r' % text)
            power = int(s[j + 1:end])
            j = end
            if power >= 0:
                num *= 10 ** power
            else:
                den *= 10 ** -power
        if j != n:
            raise ValueError('Invalid literal for Fraction: %r' % text)
    if s[:1] == '-':
        num = -num
    return num, den


numbers.Rational.register(Fraction)
`;
