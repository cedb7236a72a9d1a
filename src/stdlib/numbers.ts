// numbers.ts — the numbers module: the PEP 3141 tower of numeric ABCs (Number > Complex > Real > Rational >
// Integral) with int, float and complex registered as CPython registers them (bool through int).
// Python source run by gilpy's VM, written for gilpy from docs.python.org/3.11/library/numbers.html and
// python3 3.11's behaviour (which methods are abstract, which have defaults); the code is gilpy's own.

export const numbersSource: string = String.raw`"""The numeric tower (PEP 3141) as abstract base classes, for gilpy.

isinstance(x, numbers.Real) and friends answer for the builtin numbers and for any class that subclasses
or registers with these ABCs. Subclasses must provide the abstract methods before they can be instantiated.
"""

from abc import abstractmethod, ABCMeta

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the tower: isinstance(x, Number) says x is some kind of number."""
    __slots__ = ()
    # Numbers that compare equal across types must hash equal, so no default hash is inherited.
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts: the operations the builtin complex supports."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a builtin complex."""

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """Real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """Imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division and rounding."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to the value in the direction of zero (math.trunc)."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest Integral not above the value (math.floor)."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral not below the value (math.ceil)."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(): an Integral without ndigits, else a Real rounded to that many digits."""
        raise NotImplementedError

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    # A real number is a complex number with no imaginary part.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Reals that are a ratio of two Integrals, kept in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        # Integer true division rounds correctly even when both parts are too big for a float.
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Whole numbers: the bitwise operators, three-argument pow and use as an index."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """The value as a builtin int."""
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus) reduced modulo modulus."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
`;
