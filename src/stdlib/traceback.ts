// traceback.ts — the traceback module: formatting and printing exceptions, tracebacks and stacks.
// Python source written for gilpy from docs.python.org/3.11/library/traceback.html and from what python3
// 3.11 prints; no CPython code. Whole reports come from the VM's own formatter (_traceback, the one behind
// sys.excepthook), so traceback.print_exc() prints exactly what an uncaught exception would.

export const tracebackSource: string = `"""gilpy's traceback: reports of exceptions and stacks, as the interpreter itself prints them."""

import sys as _sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_UNSET = object()


def _emit(lines, file):
    if file is None:
        file = _sys.stderr
    for text in lines:
        print(text, file=file, end='')


def _split_entries(text):
    # One string per "  File ..." entry, each with the source and caret lines under it.
    entries = []
    for line in text.splitlines(keepends=True):
        if entries and not line.startswith('  File '):
            entries[-1] += line
        else:
            entries.append(line)
    return entries


def _exception_value(exc, value, tb):
    # 3.10+ accepts either print_exception(exc) or the old (type, value, tb) triple.
    if value is _UNSET and tb is _UNSET:
        if exc is None or isinstance(exc, BaseException):
            return exc
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    if value is _UNSET or value is None:
        return exc() if isinstance(exc, type) else exc
    return value


def _qualified_name(kind):
    where = kind.__module__
    if where in ('__main__', 'builtins'):
        return kind.__qualname__
    return f'{where}.{kind.__qualname__}'


def format_exception_only(exc, /, value=_UNSET):
    """The last lines of a report: 'Type: message' and any notes."""
    shown = exc if value is _UNSET else value
    if shown is None:
        return ['NoneType: None\\n']
    try:
        message = str(shown)
    except Exception:
        message = '<exception str() failed>'
    head = _qualified_name(type(shown))
    lines = [f'{head}: {message}\\n' if message else head + '\\n']
    notes = getattr(shown, '__notes__', None) or ()
    lines.extend(f'{note}\\n' for note in notes)
    return lines


_CAUSE = '\\nThe above exception was the direct cause of the following exception:\\n\\n'
_CONTEXT = '\\nDuring handling of the above exception, another exception occurred:\\n\\n'


def _limited_report(value, limit, chain, seen):
    # Used only when a limit is given; without one the VM's formatter writes the whole report.
    seen.add(id(value))
    lines = []
    if chain:
        earlier, joint = None, None
        if value.__cause__ is not None:
            earlier, joint = value.__cause__, _CAUSE
        elif value.__context__ is not None and not value.__suppress_context__:
            earlier, joint = value.__context__, _CONTEXT
        if earlier is not None and id(earlier) not in seen:
            lines += _limited_report(earlier, limit, chain, seen)
            lines.append(joint)
    if value.__traceback__ is not None:
        lines.append('Traceback (most recent call last):\\n')
        lines += format_tb(value.__traceback__, limit)
    return lines + format_exception_only(value)


def format_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, chain=True):
    """The full report, as a list of strings (one per frame entry or message line)."""
    shown = _exception_value(exc, value, tb)
    if shown is None:
        return ['NoneType: None\\n']
    if limit is not None:
        return _limited_report(shown, limit, chain, set())
    lines = []
    for line in _traceback.format_exception(shown, chain).splitlines(keepends=True):
        # Source and caret lines belong to the File entry above them.
        if lines and line.startswith('    ') and lines[-1].startswith('  File '):
            lines[-1] += line
        else:
            lines.append(line)
    return lines


def print_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, file=None, chain=True):
    """Writes the report of an exception to file (sys.stderr by default)."""
    _emit(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the report of the exception being handled."""
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Writes the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(_sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(_sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The "  File ..." entries of a traceback, one string each."""
    if tb is None:
        return []
    return _split_entries(_traceback.format_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    """Writes the entries of a traceback."""
    _emit(format_tb(tb, limit), file)


class FrameSummary:
    """One frame of a report: file, line number, function name and source line."""
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            self._line = _traceback.source_line(self.filename, self.lineno)
        return (self._line or '').strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return self._as_tuple() == other._as_tuple() and self.locals == other.locals

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


class StackSummary(list):
    """A list of FrameSummary objects that can format itself."""

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, source = item
                item = FrameSummary(filename, lineno, name, line=source)
            summary.append(item)
        return summary

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        summary = klass()
        for frame, lineno in frame_gen:
            code = frame.f_code
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines))
        if limit is not None:
            summary[:] = summary[:limit] if limit >= 0 else summary[limit:]
        return summary

    def format_frame_summary(self, frame_summary):
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\\n'
        if frame_summary.line:
            text += '    ' + frame_summary.line + '\\n'
        return text

    def format(self):
        return [self.format_frame_summary(item) for item in self]


def _summary_from_entry(entry):
    # Reads back one '  File "NAME", line N, in FUNC' entry written by the VM's formatter.
    head, _, below = entry.partition('\\n')
    filename, _, rest = head[len('  File "'):].rpartition('", line ')
    number, _, func = rest.partition(', in ')
    lineno = int(number) if number.isdigit() else None
    source = below.split('\\n', 1)[0].strip()
    return FrameSummary(filename, lineno, func, line=source)


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary."""
    return StackSummary(_summary_from_entry(entry) for entry in format_tb(tb, limit))


def format_list(extracted_list):
    """Formats (filename, lineno, name, line) items or FrameSummary objects."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Writes what format_list gives."""
    _emit(format_list(extracted_list), file)


def walk_tb(tb):
    """Yields (frame, lineno) along a traceback, outermost first."""
    while tb is not None:
        yield (tb.tb_frame, tb.tb_lineno)
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from f (default: the caller's caller) outwards."""
    frame = _sys._getframe().f_back.f_back if f is None else f
    while frame is not None:
        yield (frame, getattr(frame, 'f_lineno', None))
        frame = getattr(frame, 'f_back', None)


def _caller():
    # The frame that called the public function which called this.
    return _sys._getframe(2)


def extract_stack(f=None, limit=None):
    """The current stack (or the one ending at frame f) as a StackSummary, outermost first."""
    frame = _caller() if f is None else f
    entries = []
    while frame is not None:
        code = getattr(frame, 'f_code', None)
        entries.append(FrameSummary(getattr(code, 'co_filename', '?'), getattr(frame, 'f_lineno', 0),
                                    getattr(code, 'co_name', '?')))
        frame = getattr(frame, 'f_back', None)
    entries.reverse()
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
    return StackSummary(entries)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(...)) for the caller's stack."""
    return format_list(extract_stack(_caller() if f is None else f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Writes the caller's stack."""
    print_list(extract_stack(_caller() if f is None else f, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear: gilpy's frames keep no locals after they return."""


class TracebackException:
    """An exception captured for formatting later."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = StackSummary() if exc_traceback is None else extract_tb(exc_traceback, limit)
        self._str = '' if exc_value is None else str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))

        def follow(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(type(other), other, other.__traceback__, limit=limit, _seen=seen)
        self.__cause__ = follow(getattr(exc_value, '__cause__', None))
        self.__context__ = follow(getattr(exc_value, '__context__', None))
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures exc (with its chain)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return (self.exc_type, self._str, self.stack) == (other.exc_type, other._str, other.stack)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yields the 'Type: message' line and the notes."""
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        """Yields the lines of the whole report."""
        yield from format_exception(self._value, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        """Writes the report."""
        _emit(self.format(chain=chain), file)
`;
