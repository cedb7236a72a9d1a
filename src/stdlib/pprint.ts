// pprint.ts — the pprint module: pprint, pformat, pp, PrettyPrinter.
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const pprintSource: string = `"""Data pretty printer (gilpy): pprint, pformat, pp, PrettyPrinter for dicts, lists, tuples and sets."""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + '\\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self._safe_repr(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.append(_recursion(object))
            return
        rep = self._safe_repr(object, context, self._depth, level)[0]
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            typ = type(object)
            if issubclass(typ, dict) and typ.__repr__ is dict.__repr__:
                context[objid] = 1
                self._pprint_dict(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if (issubclass(typ, list) and typ.__repr__ is list.__repr__) or \\
                    (issubclass(typ, tuple) and typ.__repr__ is tuple.__repr__) or \\
                    (issubclass(typ, (set, frozenset)) and typ.__repr__ in (set.__repr__, frozenset.__repr__)):
                context[objid] = 1
                self._pprint_seq(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            if issubclass(typ, str) and len(object) > 0 and typ.__repr__ is str.__repr__:
                self._pprint_str(object, stream, indent, allowance, context, level + 1)
                return
        stream.append(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.append
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        length = len(object)
        if length:
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.append
        indent += self._indent_per_level
        delimnl = ',\\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _pprint_seq(self, object, stream, indent, allowance, context, level):
        typ = type(object)
        if issubclass(typ, list):
            open_, close = '[', ']'
        elif issubclass(typ, tuple):
            open_, close = '(', ',)' if len(object) == 1 else ')'
        else:
            if not len(object):
                stream.append(repr(object))
                return
            if typ is set:
                open_, close = '{', '}'
            else:
                open_, close = typ.__name__ + '({', '})'
                indent += len(typ.__name__) + 1
            object = sorted(object, key=_safe_key)
        write = stream.append
        write(open_)
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            self._format_items(object, stream, indent, allowance + len(close), context, level)
        write(close)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.append
        indent += self._indent_per_level
        delimnl = ',\\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.append
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = []
                current = ''
                for word in _split_words(line):
                    candidate = current + word
                    if len(repr(candidate)) > max_width1 and current:
                        parts.append(repr(current))
                        current = word
                    else:
                        current = candidate
                if current:
                    parts.append(repr(current))
                chunks.extend(parts)
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _repr(self, object, context, level):
        repr_, readable, recursive = self._safe_repr(object, context.copy(), self._depth, level)
        return repr_

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in (str, int, float, bool, type(None), bytes, complex):
            if typ is int and self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(typ, dict) and typ.__repr__ is dict.__repr__:
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                krepr, kreadable, krecur = self._safe_repr(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self._safe_repr(v, context, maxlevels, level)
                components.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return '{%s}' % ', '.join(components), readable, recursive
        if (issubclass(typ, list) and typ.__repr__ is list.__repr__) or \\
                (issubclass(typ, tuple) and typ.__repr__ is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return '[]', True, False
                fmt = '[%s]'
            elif len(object) == 1:
                fmt = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                fmt = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return fmt % '...', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self._safe_repr(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return fmt % ', '.join(components), readable, recursive
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _split_words(line):
    words = []
    current = ''
    for ch in line:
        current += ch
        if ch.isspace():
            words.append(current)
            current = ''
    if current:
        words.append(current)
    return words
`;
