// pprint.ts — the pprint module: pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter.
// Python source run by gilpy's VM (PrettyPrinter.format is a hook users override). Layout rules follow
// docs.python.org/3.11/library/pprint.html and python3 3.11's output for dicts, lists, tuples, sets,
// frozensets and long strings; the code is gilpy's own.

export const pprintSource: string = String.raw`"""Pretty printing of nested data for gilpy: pprint, pformat, pp and PrettyPrinter."""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **options):
    """pprint() that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **options)


def saferepr(object):
    return _flat(object, set(), None, 0, True, False)[0]


def isreadable(object):
    return _flat(object, set(), None, 0, True, False)[1]


def isrecursive(object):
    return _flat(object, set(), None, 0, True, False)[2]


class _Sortable:
    # orders mixed, unorderable values: natural order when it exists, else by type name and id
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            mine, theirs = self.value, other.value
            return mine < theirs
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _item_order(pair):
    return _Sortable(pair[0]), _Sortable(pair[1])


_SCALARS = (str, bytes, bytearray, int, float, complex, bool, type(None))


def _shape(obj):
    # the bracket kind for containers that still use the builtin repr, else None
    rep = type(obj).__repr__
    for kind in (dict, list, tuple, set, frozenset):
        if rep is kind.__repr__ and isinstance(obj, kind):
            return kind
    if rep is str.__repr__ and isinstance(obj, str):
        return str
    return None


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def _flat(obj, active, maxlevels, level, sort_dicts, underscores, hook=None):
    """(one-line text, readable, recursive) for obj; hook formats nested values (PrettyPrinter.format)."""
    if type(obj) in _SCALARS or isinstance(obj, int) and type(obj).__repr__ is int.__repr__:
        if underscores and type(obj) is not bool and isinstance(obj, int):
            return format(obj, '_d'), True, False
        return repr(obj), True, False
    kind = _shape(obj)
    if kind not in (dict, list, tuple):
        text = repr(obj)
        return text, bool(text) and not text.startswith('<'), False
    if kind is dict:
        opening, closing = '{', '}'
    elif kind is list:
        opening, closing = '[', ']'
    else:
        opening, closing = '(', ',)' if len(obj) == 1 else ')'
    if not obj:
        return opening + closing.lstrip(','), True, False
    key = id(obj)
    if maxlevels and maxlevels <= level:
        return opening + '...' + closing, False, key in active
    if key in active:
        return _recursion(obj), False, True
    active.add(key)
    sub = hook or (lambda o, act, lim, lev: _flat(o, act, lim, lev, sort_dicts, underscores))
    readable, recursive, parts = True, False, []
    if kind is dict:
        pairs = sorted(obj.items(), key=_item_order) if sort_dicts else obj.items()
        for k, v in pairs:
            ktext, kread, krec = sub(k, active, maxlevels, level + 1)
            vtext, vread, vrec = sub(v, active, maxlevels, level + 1)
            parts.append(ktext + ': ' + vtext)
            readable = readable and kread and vread
            recursive = recursive or krec or vrec
    else:
        for item in obj:
            text, read, rec = sub(item, active, maxlevels, level + 1)
            parts.append(text)
            readable = readable and read
            recursive = recursive or rec
    active.discard(key)
    return opening + ', '.join(parts) + closing, readable, recursive


def _word_runs(line):
    # "ab  cd e" -> ["ab  ", "cd ", "e"]: each run of non-space characters with the spaces after it
    runs, current, in_space = [], '', False
    for ch in line:
        if in_space and not ch.isspace():
            runs.append(current)
            current = ''
        in_space = ch.isspace()
        current += ch
    if current:
        runs.append(current)
    return runs


class PrettyPrinter:
    """Formats nested containers over several lines so that each fits in width columns."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscores = underscore_numbers

    # -- public API --

    def pprint(self, object):
        target = _sys.stdout if self._stream is None else self._stream
        if target is not None:
            target.write(self.pformat(object) + '\n')

    def pformat(self, object):
        pieces = []
        self._readable, self._recursive = True, False
        self._layout(object, pieces, 0, 0, set(), 0)
        return ''.join(pieces)

    def isrecursive(self, object):
        return self.format(object, set(), 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, set(), 0, 0)
        return False if recursive else readable

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for object on one line; override to change how values look."""
        return _flat(object, context, maxlevels, level, self._sort_dicts, self._underscores, self.format)

    # -- layout --

    def _one_line(self, obj, active, level):
        text, readable, recursive = self.format(obj, set(active), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _layout(self, obj, out, indent, allowance, active, level):
        key = id(obj)
        if key in active:
            out.append(_recursion(obj))
            self._recursive, self._readable = True, False
            return
        text = self._one_line(obj, active, level)
        kind = _shape(obj)
        if len(text) <= self._width - indent - allowance or kind is None:
            out.append(text)
            return
        if kind is str:
            if not obj:
                out.append(text)
                return
            self._layout_str(obj, out, indent, allowance, level + 1)
            return
        active.add(key)
        if kind is dict:
            self._layout_dict(obj, out, indent, allowance, active, level + 1)
        else:
            self._layout_sequence(obj, kind, out, indent, allowance, active, level + 1)
        active.discard(key)

    def _pad(self, out):
        if self._per_level > 1:
            out.append(' ' * (self._per_level - 1))

    def _layout_dict(self, obj, out, indent, allowance, active, level):
        out.append('{')
        self._pad(out)
        pairs = list(obj.items())
        if self._sort_dicts:
            pairs.sort(key=_item_order)
        inner = indent + self._per_level
        for position, (k, v) in enumerate(pairs):
            final = position == len(pairs) - 1
            key_text = self._one_line(k, active, level)
            out.append(key_text + ': ')
            self._layout(v, out, inner + len(key_text) + 2, allowance + 1 if final else 1, active, level)
            if not final:
                out.append(',\n' + ' ' * inner)
        out.append('}')

    def _layout_sequence(self, obj, kind, out, indent, allowance, active, level):
        if kind is list:
            opening, closing = '[', ']'
        elif kind is tuple:
            opening, closing = '(', ',)' if len(obj) == 1 else ')'
        else:
            if not obj:
                out.append(repr(obj))
                return
            if type(obj) is set:
                opening, closing = '{', '}'
            else:
                opening, closing = type(obj).__name__ + '({', '})'
                indent += len(type(obj).__name__) + 1
            obj = sorted(obj, key=_Sortable)
        out.append(opening)
        self._pad(out)
        if len(obj):
            self._layout_items(obj, out, indent, allowance + len(closing), active, level)
        out.append(closing)

    def _layout_items(self, items, out, indent, allowance, active, level):
        inner = indent + self._per_level
        newline = ',\n' + ' ' * inner
        room = full_room = self._width - inner + 1
        separator = ''
        items = list(items)
        for position, item in enumerate(items):
            final = position == len(items) - 1
            if final:
                room -= allowance
                full_room -= allowance
            if self._compact:
                # several short items share a line while they fit
                text = self._one_line(item, active, level)
                need = len(text) + 2
                if room < need:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    out.append(separator + text)
                    separator = ', '
                    continue
            out.append(separator)
            separator = newline
            self._layout(item, out, inner, allowance if final else 1, active, level)

    def _layout_str(self, text, out, indent, allowance, level):
        if level == 1:
            # a top-level string is wrapped in parentheses, one column further in
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = text.splitlines(True)
        last_line = len(lines) - 1
        for number, line in enumerate(lines):
            whole = repr(line)
            line_room = room - allowance if number == last_line else room
            if len(whole) <= line_room:
                pieces.append(whole)
                continue
            runs = _word_runs(line)
            current = ''
            for position, run in enumerate(runs):
                limit = room - allowance if (number == last_line and position == len(runs) - 1) else room
                if len(repr(current + run)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = run
                else:
                    current += run
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        joined = ('\n' + ' ' * indent).join(pieces)
        out.append('(' + joined + ')' if level == 1 else joined)
`;
