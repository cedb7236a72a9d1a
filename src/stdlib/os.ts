// os.ts — the os module: gilpy's native _os functions, os.path (the posixpath module), os.environ,
// getenv, fspath and PathLike.
// Python source run by gilpy's VM; behaviour follows docs.python.org/3.11/library/os.html and python3 3.11.

export const osSource: string = String.raw`"""Operating-system services for gilpy: process facts, the environment and os.path."""

import sys
import abc as _abc
from _os import *
from _os import _exit, _gilpy_isdir, _gilpy_isfile, environ as _host_environ
import posixpath as path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

sys.modules['os.path'] = path
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class _Environ(dict):
    """The process environment as a str-to-str mapping; repr shows environ({...}) as CPython does."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ(_host_environ)
del _host_environ


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    if not isinstance(key, str):
        raise TypeError('str expected, not %s' % type(key).__name__)
    found = environ.get(key)
    return default if found is None else found


def kill(pid, sig):
    """Sends signal sig to process pid; the process itself runs its handler (the signal module's _signal)."""
    import _signal
    _signal.kill(pid, sig)


def fspath(path):
    """The str or bytes behind a path: path itself, or what its __fspath__() gives."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    hook = getattr(kind, '__fspath__', None)
    if hook is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (kind.__name__, type(result).__name__))
    return result


class PathLike(_abc.ABC):
    """Anything with __fspath__ counts as a PathLike (isinstance/issubclass check for the method)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, other):
        if cls is PathLike and hasattr(other, '__fspath__'):
            return True
        return NotImplemented
`;
