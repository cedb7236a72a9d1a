// os.ts — the os module: the native _os functions plus os.path (posixpath).
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const osSource: string = `"""OS routines for gilpy: the native _os functions plus os.path (posixpath)."""

import sys
from _os import *
from _os import _exit, _gilpy_isdir, _gilpy_isfile, environ as _native_environ
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull



class _Environ(dict):
    """os.environ: a str -> str mapping of the process environment."""

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'

    def copy(self):
        return dict(self)


environ = _Environ(_native_environ)
del _native_environ


def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError(f'str expected, not {type(key).__name__}')
    return environ.get(key, default)


SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')
`;
