// re.ts — the re module: Pattern and Match over the native _sre engine (JavaScript RegExp).
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const reSource: string = `"""Regular expression operations (gilpy): the Python API over the _sre engine (JavaScript RegExp)."""

import enum
import _sre
from _sre import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        if self._name_ is not None:
            return 're.' + '|re.'.join(self._name_.split('|'))
        value = self._value_
        members = []
        for m in RegexFlag:
            if m._value_ and value & m._value_ == m._value_ and m._name_ not in ('T', 'I', 'L', 'M', 'S', 'U', 'X', 'A'):
                members.append('re.' + m._name_)
                value &= ~m._value_
        if value:
            members.append(hex(value))
        return '|'.join(members) or '0'

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (64, 'VERBOSE'), (128, 'DEBUG'), (1, 'TEMPLATE')]


def _flags_repr(flags):
    flags &= ~32  # UNICODE is implied for str patterns and not shown
    names = []
    for value, name in _FLAG_NAMES:
        if flags & value:
            names.append('re.' + name)
            flags &= ~value
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


_MAXCACHE = 512
_cache = {}


class Pattern:
    __slots__ = ('_code', 'pattern', 'flags', 'groups', 'groupindex', '__weakref__')

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError('gilpy: bytes patterns are not supported')
        code, pyflags, groups, groupindex = _sre.compile(pattern, int(flags))
        self._code = code
        self.pattern = pattern
        self.flags = pyflags
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        f = _flags_repr(self.flags)
        return f're.compile({r}, {f})' if f else f're.compile({r})'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode, must_advance=False):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        spans = _sre.run(self._code, string, pos, endpos, mode, must_advance)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        must_advance = False
        while pos <= endpos:
            m = self._run(string, pos, endpos, 0, must_advance)
            if m is None:
                return
            yield m
            start, end = m.span()
            must_advance = start == end
            pos = end

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            start, end = m.span()
            out.append(string[last:start])
            out.extend(m.groups())
            last = end
            count += 1
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            return repl
        if not isinstance(repl, str):
            raise TypeError(f"expected str instance, {type(repl).__name__} found")
        if '\\\\' not in repl:
            return lambda m: repl
        parts = _sre.template(self._code, repl)

        def expand(m):
            return ''.join(p if isinstance(p, str) else (m.group(p) or '') for p in parts)
        return expand

    def subn(self, repl, string, count=0):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")
        fn = self._subx(repl, string, count)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            start, end = m.span()
            out.append(string[last:start])
            r = fn(m)
            if not isinstance(r, str):
                raise TypeError(f"expected str instance, {type(r).__name__} found")
            out.append(r)
            last = end
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('gilpy: Pattern.scanner is not supported')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                i = g.__index__()
            except AttributeError:
                i = g
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError('no such group')
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the largest end; an enclosing group closes after the ones inside it.
        best = None
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s < 0:
                continue
            if best is None:
                best = i
                continue
            be = self._spans[2 * best + 1]
            if e > be:
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        parts = _sre.template(self.re._code, template)
        return ''.join(p if isinstance(p, str) else (self._get(p) or '') for p in parts)

    def __repr__(self):
        return f'<re.Match object; span={self.span()!r}, match={self.group()!r}>'

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


_special_chars = {i: '\\\\' + chr(i) for i in b'()[]{}?*+-|^$\\\\.&~# \\t\\n\\r\\v\\f'}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')
`;
