// warnings.ts — the warnings module: warn/warn_explicit, the filter list, showwarning/formatwarning and
// catch_warnings.
// Python source run by gilpy's VM (users replace showwarning and read caller frames through it). Filter
// order, registries, default filters and message format follow docs.python.org/3.11/library/warnings.html
// and python3 3.11's output; the code is gilpy's own.

export const warningsSource: string = String.raw`"""Warning control for gilpy: warn(), the filters that decide what is shown, and catch_warnings."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# Each filter: (action, message pattern or None, category, module pattern or None, lineno).
# A plain string pattern (the built-in defaults) must equal the module name; compiled ones must match it.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    # registries remember what was shown under one version of the filters only
    global _filters_version
    _filters_version += 1


def _source_line(filename, lineno):
    try:
        from _traceback import source_line
    except ImportError:
        import linecache
        return linecache.getline(filename, lineno)
    try:
        return source_line(filename, lineno)
    except Exception:
        return ''


class WarningMessage:
    """One warning on its way to showwarning(), or as catch_warnings(record=True) keeps it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _render(msg):
    text = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    source = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if source:
        text += '  ' + source.strip() + '\n'
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() prints: 'file:line: Category: message' and the source line."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return
    if formatwarning is _formatwarning_orig:
        text = _render(msg)
    else:
        text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        target.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default); replace it to redirect warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning
_showwarnmsg_impl_orig = _showwarnmsg_impl


def _showwarnmsg(msg):
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _check_filter_args(action, category, lineno):
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter whose message and module are regular expressions (matched at the start)."""
    _check_filter_args(action, category, lineno)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(module, str), 'module must be a string'
    message_re = module_re = None
    if message or module:
        import re
        message_re = re.compile(message, re.I) if message else None
        module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every message and module."""
    _check_filter_args(action, category, lineno)
    _add_filter(action, None, category, None, lineno, append=bool(append))


def _add_filter(*entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Empties the filter list (every warning then gets the default action)."""
    del filters[:]
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _choose_action(text, category, module, lineno):
    for entry in filters:
        action, message_re, wanted, module_re, line = entry
        if (issubclass(category, wanted) and (line == 0 or line == lineno)
                and _matches(message_re, text) and _matches(module_re, module)):
            return action, entry
    return defaultaction, None


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the caller stacklevel frames up."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        namespace, filename, lineno = sys.__dict__, 'sys', 1
    else:
        namespace, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    registry = namespace.get('__warningregistry__')
    if registry is None:
        registry = namespace['__warningregistry__'] = {}
    warn_explicit(message, category, filename, lineno, namespace.get('__name__', '<string>'), registry,
                  namespace, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning for an explicit place; registry remembers what was already shown there."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    current = _filters_version
    if registry.get('version', 0) != current:
        registry.clear()
        registry['version'] = current
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    seen_key = (text, category, lineno)
    if registry.get(seen_key):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[seen_key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == 'module':
        registry[seen_key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == 'default':
        registry[seen_key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings:
    """Saves the filters and showwarning on entry and puts them back on exit; record=True collects."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules[__name__]
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append('record=True')
        if self._module is not sys.modules[__name__]:
            shown.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()
`;
