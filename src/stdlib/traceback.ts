// traceback.ts — the traceback module: printing and formatting tracebacks with the VM's own formatter (_traceback).
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const tracebackSource: string = `"""Extract, format and print information about Python stack traces (gilpy)."""

import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _entries(text):
    """Splits '  File ...' report text into one string per frame entry."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('  File ') or not out:
            out.append(line)
        else:
            out[-1] += line
    return out


def _format_tb_text(tb, limit=None):
    if tb is None:
        return ''
    return _traceback.format_tb(tb, limit)


def _parse_exc(exc, value, tb):
    if value is _sentinel and tb is _sentinel:
        if isinstance(exc, BaseException) or exc is None:
            return exc
        raise TypeError('Exception expected for value, ' + type(exc).__name__ + ' found')
    if value is _sentinel:
        value = None
    return value if value is not None else (exc() if isinstance(exc, type) else exc)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\\n']
    etype = type(value)
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    try:
        msg = str(value)
    except Exception:
        msg = '<exception str() failed>'
    lines = [f'{name}: {msg}\\n' if msg else f'{name}\\n']
    for note in getattr(value, '__notes__', ()) or ():
        lines.append(f'{note}\\n')
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _parse_exc(exc, value, tb)
    if value is None:
        return ['NoneType: None\\n']
    text = _traceback.format_exception(value, chain)
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    return _entries(_format_tb_text(tb, limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end='')


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        return (self._line or '').strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for fs in self:
            row = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\\n'
            if fs.line:
                row += f'    {fs.line}\\n'
            result.append(row)
        return result


def _parse_entry(entry):
    first, _, rest = entry.partition('\\n')
    # '  File "name", line N, in func'
    body = first[len('  File "'):]
    filename, _, tail = body.rpartition('", line ')
    lineno_s, _, name = tail.partition(', in ')
    try:
        lineno = int(lineno_s)
    except ValueError:
        lineno = None
    source = rest.split('\\n', 1)[0].strip() if rest else ''
    return FrameSummary(filename, lineno, name, line=source)


def extract_tb(tb, limit=None):
    return StackSummary([_parse_entry(e) for e in format_tb(tb, limit)])


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, getattr(f, 'f_lineno', None)
        f = getattr(f, 'f_back', None)


def extract_stack(f=None, limit=None):
    result = StackSummary()
    frames = []
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        code = getattr(f, 'f_code', None)
        frames.append(FrameSummary(getattr(code, 'co_filename', '?'), getattr(f, 'f_lineno', 0),
                                   getattr(code, 'co_name', '?')))
        f = getattr(f, 'f_back', None)
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:]
    result.extend(frames)
    return result


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = extract_tb(exc_traceback, limit) if exc_traceback is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        yield from format_exception(self._value, chain=chain)

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def __str__(self):
        return str(self._value)
`;
