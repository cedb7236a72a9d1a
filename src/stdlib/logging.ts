// logging.ts — the logging module: levels, records, formatters, filters, handlers, the logger tree,
// basicConfig and the module-level shortcuts.
// Python source run by gilpy's VM (users subclass Handler, Formatter and Filter, and handlers call back
// into user code). Behaviour follows docs.python.org/3.11/library/logging.html and python3 3.11's output;
// the code is gilpy's own. Checked under python3 against CPython's module by python-modules.test.ts.

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


# ---- the logger tree ----

class PlaceHolder:
    """Stands in the logger table for a dotted name that has children but no logger yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager:
    """Holds every named logger and keeps parent links right as loggers appear."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            self._attach(made, existing)
            return made

    def _attach(self, logger, placeholder):
        # parent: the nearest existing ancestor; ancestors missing so far get placeholders
        parent = None
        prefix = logger.name
        while parent is None and '.' in prefix:
            prefix = prefix.rpartition('.')[0]
            if not prefix:
                break
            entry = self.loggerDict.get(prefix)
            if isinstance(entry, Logger):
                parent = entry
            elif entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            else:
                entry.append(logger)
        logger.parent = parent or self.root
        # children created earlier now hang under this logger instead of its ancestor
        if placeholder is not None:
            for child in placeholder.loggerMap:
                if not child.parent.name.startswith(logger.name):
                    child.parent = logger

    def _clear_cache(self):
        pass


class Logger(Filterer):
    """A named channel; records go to its handlers and, while propagate is true, its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def exception(self, msg, *args, exc_info=True, **options):
        self.error(msg, *args, exc_info=exc_info, **options)

    def log(self, level, msg, *args, **options):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **options)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the stacklevel-th caller outside this module."""
        frame = sys._getframe(1)
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if frame.f_code.co_filename != _here:
                stacklevel -= 1
        stack_text = None
        if stack_info:
            import traceback
            stack_text = 'Stack (most recent call last):\n' + ''.join(traceback.format_stack(frame))
            stack_text = stack_text.rstrip('\n')
        return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, stack_text

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or ()):
            if key in ('message', 'asctime') or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = "(unknown file)", 0, "(unknown function)", None
        if isinstance(exc_info, BaseException):  # an exception object stands for its own (type, value, tb)
            exc_info = (exc_info.__class__, exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, where[0], where[1], msg, args, exc_info, where[2], extra,
                                 where[3])
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _chain(self):
        # this logger, then ancestors for as long as records propagate
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        fallback, manager = lastResort, self.manager
        if fallback:
            if fallback.level <= record.levelno:
                fallback.handle(record)
        elif raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def setLoggerClass(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class LoggerAdapter:
    """Wraps a logger and adds contextual data (extra) to every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **options):
        if self.logger.isEnabledFor(level):
            text, options = self.process(msg, options)
            self.logger.log(level, text, *args, **options)

    def exception(self, msg, *args, exc_info=True, **options):
        self.log(ERROR, msg, *args, exc_info=exc_info, **options)

    def isEnabledFor(self, level):
        inner = self.logger
        return inner.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        inner = self.logger
        return inner.getEffectiveLevel()

    def hasHandlers(self):
        inner = self.logger
        return inner.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name, getLevelName(inner.getEffectiveLevel()))


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def _install_level_shortcuts():
    # Logger.debug/info/..., LoggerAdapter.debug/... and the module functions differ only in their level.
    def for_logger(level):
        def method(self, msg, *args, **options):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **options)
        return method

    def for_adapter(level):
        def method(self, msg, *args, **options):
            self.log(level, msg, *args, **options)
        return method

    def for_module(name):
        def function(msg, *args, **options):
            _ensure_configured()
            getattr(root, name)(msg, *args, **options)
        return function

    def renamed(f, name, owner=None):
        f.__name__ = name
        f.__qualname__ = owner + '.' + name if owner else name
        return f

    namespace = globals()
    for name, level in (('debug', DEBUG), ('info', INFO), ('warning', WARNING), ('error', ERROR),
                        ('critical', CRITICAL), ('fatal', CRITICAL)):
        setattr(Logger, name, renamed(for_logger(level), name, 'Logger'))
        setattr(LoggerAdapter, name, renamed(for_adapter(level), name, 'LoggerAdapter'))
        namespace[name] = renamed(for_module('critical' if name == 'fatal' else name), name)

    def warn_method(self, msg, *args, **options):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **options)

    def warn_function(msg, *args, **options):
        import warnings
        warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
        namespace['warning'](msg, *args, **options)

    Logger.warn = renamed(warn_method, 'warn', 'Logger')
    LoggerAdapter.warn = renamed(warn_method, 'warn', 'LoggerAdapter')
    namespace['warn'] = renamed(warn_function, 'warn')


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)
_install_level_shortcuts()


# ---- configuration and module-level shortcuts ----

def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, unless it has handlers already (or force=True)."""
    with _lock:
        if kwargs.pop('force', False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = kwargs.pop('handlers', None)
        has_stream, has_file = 'stream' in kwargs, 'filename' in kwargs
        if handlers is not None and (has_stream or has_file):
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None and has_stream and has_file:
            raise ValueError("'stream' and 'filename' should not be specified together")
        if handlers is None:
            filename = kwargs.pop('filename', None)
            filemode = kwargs.pop('filemode', 'a')
            if filename:
                handlers = [FileHandler(filename, filemode, encoding=kwargs.pop('encoding', None),
                                        errors=kwargs.pop('errors', 'backslashreplace'))]
            else:
                handlers = [StreamHandler(kwargs.pop('stream', None))]
        style = kwargs.pop('style', '%')
        _style_class(style)
        formatter = Formatter(kwargs.pop('format', _STYLES[style][1]), kwargs.pop('datefmt', None), style)
        for handler in handlers:
            if handler.formatter is None:
                handler.formatter = formatter
            root.addHandler(handler)
        level = kwargs.pop('level', None)
        if level is not None:
            root.setLevel(level)
        kwargs.pop('encoding', None)
        kwargs.pop('errors', None)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger called name (created on first use); the root logger without a name."""
    if name and not (isinstance(name, str) and name == root.name):
        return root.manager.getLogger(name)
    return root


def exception(msg, *args, exc_info=True, **options):
    error(msg, *args, exc_info=exc_info, **options)


def log(level, msg, *args, **options):
    _ensure_configured()
    root.log(level, msg, *args, **options)


def disable(level=CRITICAL):
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flushes and closes handlers (all of the root logger's when no list is given)."""
    for handler in list(root.handlers if handlerList is None else handlerList):
        handler = handler() if callable(handler) and not isinstance(handler, Handler) else handler
        if handler is None:
            continue
        try:
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            finally:
                handler.release()
        except (OSError, ValueError):
            pass


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger while capture is true."""
    import warnings
    global _saved_showwarning
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _warning_to_log
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    import warnings
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger('py.warnings')
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning('%s', text)
`;
