// logging-tree.ts — the second half of the logging module's Python source: Logger, the Manager that keeps
// the dotted tree, LoggerAdapter, basicConfig and the module-level shortcuts (logging.ts holds the first half
// and joins the two).

export const loggingTreeSource: string = String.raw`# ---- the logger tree ----

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
