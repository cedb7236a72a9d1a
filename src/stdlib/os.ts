// os.ts — the os module: the native _os functions plus os.path (posixpath).
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const osSource: string = `"""OS routines for gilpy: the native _os functions plus os.path (posixpath)."""

import sys
from _os import *
from _os import _exit, _gilpy_isdir, _gilpy_isfile, environ
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

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
