// json.ts — the json module: dumps/loads/dump/load.
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const jsonSource: string = `"""JSON encoder and decoder (gilpy): dumps/dump/loads/load with CPython's output and error messages."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\\n', 0, pos) + 1
        colno = pos - doc.rfind('\\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_ESCAPES = {'\\\\': '\\\\\\\\', '"': '\\\\"', '\\b': '\\\\b', '\\f': '\\\\f', '\\n': '\\\\n', '\\r': '\\\\r', '\\t': '\\\\t'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\\\u%04x\\\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        out = []
        self._enc(o, 0, indent, markers, out)
        return out

    def _enc(self, o, level, indent, markers, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._enc_list(o, level, indent, markers, out)
        elif isinstance(o, dict):
            self._enc_dict(o, level, indent, markers, out)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            self._enc(self.default(o), level, indent, markers, out)
            if markers is not None:
                del markers[id(o)]

    def _enc_list(self, lst, level, indent, markers, out):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            mid = id(lst)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = lst
        out.append('[')
        if indent is not None:
            level += 1
            newline = '\\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self._enc(v, level, indent, markers, out)
        if indent is not None:
            level -= 1
            out.append('\\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _enc_dict(self, dct, level, indent, markers, out):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            mid = id(dct)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = dct
        out.append('{')
        if indent is not None:
            level += 1
            newline = '\\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(value, level, indent, markers, out)
        if indent is not None:
            level -= 1
            out.append('\\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[id(dct)]


_WS = ' \\t\\n\\r'
_BACKSLASH = {'"': '"', '\\\\': '\\\\', '/': '/', 'b': '\\b', 'f': '\\f', 'n': '\\n', 'r': '\\r', 't': '\\t'}
_NUMBER_CHARS = '0123456789+-.eE'


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def _skip(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except IndexError:
            raise JSONDecodeError('Expecting value', s, idx) from None

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self._constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self._constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self._constant('-Infinity'), i + 9
        if c == '-' or '0' <= c <= '9':
            return self._number(s, i)
        raise JSONDecodeError('Expecting value', s, i)

    def _constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        return {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}[name]

    def _number(self, s, i):
        start = i
        n = len(s)
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if i < n and s[i] == '.' and i + 1 < n and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                is_float = True
                i = j
                while i < n and '0' <= s[i] <= '9':
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        out = []
        begin = i - 1
        n = len(s)
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\\\':
                if self.strict and s[j] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, j)
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if s[j] == '"':
                return ''.join(out), j + 1
            j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j]
            if esc == 'u':
                code = s[j + 1:j + 5]
                if len(code) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in code):
                    raise JSONDecodeError('Invalid \\\\uXXXX escape', s, j - 1)
                cp = int(code, 16)
                j += 5
                if 0xd800 <= cp <= 0xdbff and s[j:j + 2] == '\\\\u':
                    low_s = s[j + 2:j + 6]
                    if len(low_s) == 4 and all(ch in '0123456789abcdefABCDEF' for ch in low_s):
                        low = int(low_s, 16)
                        if 0xdc00 <= low <= 0xdfff:
                            cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00))
                            j += 6
                out.append(chr(cp))
                i = j
            else:
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError('Invalid \\\\escape', s, j - 1)
                out.append(ch)
                i = j + 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;
