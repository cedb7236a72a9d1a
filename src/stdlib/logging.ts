// logging.ts — the logging module: levels, records, formatters, filters, handlers, the logger tree,
// basicConfig and the module-level shortcuts (the loggers and configuration half of the source is in
// logging-tree.ts; the two are one module).
// Python source run by gilpy's VM (users subclass Handler, Formatter and Filter, and handlers call back
// into user code). Behaviour follows docs.python.org/3.11/library/logging.html and python3 3.11's output;
// the code is gilpy's own. Checked under python3 against CPython's module by python-modules.test.ts.

import { loggingTreeSource } from "./logging-tree.js";

export const loggingSource: string = String.raw`"""Event logging for gilpy: named loggers in a dotted tree, levels, handlers and formatters."""

import sys
import time
import _thread
import threading
try:
    from _os import getpid as _getpid      # gilpy's native os core
except ImportError:
    from os import getpid as _getpid

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler', 'Filter', 'Formatter',
           'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'captureWarnings', 'critical',
           'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort', 'raiseExceptions',
           'getLevelNamesMapping']

# ---- levels ----

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _n, _v in (('CRITICAL', 50), ('ERROR', 40), ('WARNING', 30), ('INFO', 20), ('DEBUG', 10), ('NOTSET', 0)):
    _levelToName[_v] = _n
    _nameToLevel[_n] = _v
_nameToLevel['FATAL'] = 50
_nameToLevel['WARN'] = 30
del _n, _v

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()
_here = __file__
_lock = _thread.RLock()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Name of a numeric level, number of a level name, else 'Level N'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level], _nameToLevel[levelName] = levelName, level


def _level_number(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


_checkLevel = _level_number


# ---- records ----

def _split_source_name(path):
    # basename and extension-less basename, as os.path would give them
    base = path.rpartition('/')[2]
    stem, dot, _ = base.rpartition('.')
    return base, (stem if dot and stem.strip('.') else base)


class LogRecord:
    """Everything known about one logged event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # logger.info('%(a)s', {'a': 1}): a lone non-empty mapping is the mapping for %-formatting
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.name = name
        self.msg = msg
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        try:
            self.filename, self.module = _split_source_name(pathname)
        except (TypeError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = threading.get_ident(), threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _process_name() if logMultiprocessing else None
        self.process = _getpid() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno,
                                                     self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


def _process_name():
    # multiprocessing knows better once it has been imported
    multiproc = sys.modules.get('multiprocessing')
    try:
        return multiproc.current_process().name if multiproc else 'MainProcess'
    except Exception:
        return 'MainProcess'


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles ----

def _has_percent_field(fmt):
    # True when fmt holds at least one '%(key)<flags><width><.prec><conversion>' placeholder
    start = 0
    while True:
        i = fmt.find('%(', start)
        if i < 0:
            return False
        j = fmt.find(')', i)
        if j < 0:
            return False
        start = i + 2
        key = fmt[i + 2:j]
        if not key or not all(ch.isalnum() or ch == '_' for ch in key):
            continue
        k = j + 1
        while k < len(fmt) and fmt[k] in '#0+ -':
            k += 1
        while k < len(fmt) and (fmt[k].isdigit() or fmt[k] == '*'):
            k += 1
        if k < len(fmt) and fmt[k] == '.':
            k += 1
            while k < len(fmt) and (fmt[k].isdigit() or fmt[k] == '*'):
                k += 1
        if k < len(fmt) and fmt[k].lower() in 'diouxefgcrsa%':
            return True


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        try:
            fields = _brace_fields(self._fmt)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not fields:
            raise ValueError('invalid format: no fields')


def _brace_fields(fmt):
    # names of the {fields} in a str.format template, with str.format's complaints about stray braces
    fields = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch in '{}' and fmt[i + 1:i + 2] == ch:
            i += 2
        elif ch == '}':
            raise ValueError("Single '}' encountered in format string")
        elif ch == '{':
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {'{': 1, '}': -1}.get(fmt[j], 0)
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            name = fmt[i + 1:j - 1].partition('!')[0].partition(':')[0]
            if name:
                fields.append(name)
            i = j
        else:
            i += 1
    return fields


class StringTemplateStyle(PercentStyle):
    default_format = '\x24{message}'
    asctime_format = '\x24{asctime}'
    asctime_search = '\x24{asctime}'

    def usesTime(self):
        return '\x24asctime' in self._fmt or self.asctime_search in self._fmt

    def _format(self, record):
        import string
        return string.Template(self._fmt).substitute(**self._values(record))

    def validate(self):
        # at least one dollar placeholder, bare or braced (a doubled dollar is literal)
        text = self._fmt.replace('\x24\x24', '')
        for i, ch in enumerate(text):
            if ch == '\x24':
                following = text[i + 1:i + 2]
                if following == '{' or following.isidentifier():
                    return
        raise ValueError('invalid format: no fields')


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {}
for _cls, _basic in ((PercentStyle, BASIC_FORMAT), (StrFormatStyle, '{levelname}:{name}:{message}'),
                     (StringTemplateStyle, '\x24{levelname}:\x24{name}:\x24{message}')):
    _STYLES[_cls.default_format[0]] = (_cls, _basic)
del _cls, _basic


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style][0]


class Formatter:
    """Turns a LogRecord into text with a %-, {}- or $-style format string."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        import traceback
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        text = record.getMessage()
        record.message = text
        if self.usesTime():
            stamp = self.formatTime(record, self.datefmt)
            record.asctime = stamp
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            ei = record.exc_info
            record.exc_text = self.formatException(ei)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not out.endswith('\n'):
                    out += '\n'
                out += extra
        return out


_defaultFormatter = Formatter()


# ---- filters ----

class Filter:
    """Lets through records of the logger called name and of its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ---- handlers ----

class Handler(Filterer):
    """Base of all handlers: a level, filters, a formatter and a lock around emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        self.createLock()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    def createLock(self):
        self.lock = _thread.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        err = sys.stderr
        kind, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and frame.f_code.co_filename == _here:
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            del kind, value, tb

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, 'flush'):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        previous = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '', getLevelName(self.level))


class FileHandler(StreamHandler):
    """Appends records to a file (gilpy's open() decides whether files are available)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            super().__init__(self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        self.acquire()
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    self.stream.close()
                    self.stream = None
            StreamHandler.close(self)
        finally:
            self.release()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # Used when no handler is configured anywhere: always the current sys.stderr.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = lastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """A handler that drops everything (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


` + loggingTreeSource;
