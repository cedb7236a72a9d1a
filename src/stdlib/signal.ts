// signal.ts — the signal module as Python source: the Signals, Handlers and Sigmasks enums over the native
// _signal module (_signal.ts), and signal()/getsignal() returning enum members as CPython 3.11 does.
// Behaviour follows docs.python.org/3.11/library/signal.html and python3 3.11 on Linux.

export const signalSource: string = String.raw`"""Set handlers for asynchronous events (gilpy: signals of this process and os.kill)."""

import _signal
import enum as _enum
from _signal import *
from _signal import default_int_handler, alarm, pause, raise_signal, strsignal, valid_signals
from _signal import set_wakeup_fd, siginterrupt, setitimer, getitimer, ItimerError

Signals = _enum.IntEnum("Signals", [(name, value) for name, value in vars(_signal).items()
                                    if name.isupper() and name.startswith("SIG") and not name.startswith("SIG_")
                                    and name not in ("SIGIOT", "SIGPOLL")])
Signals.__module__ = __name__
Handlers = _enum.IntEnum("Handlers", [("SIG_DFL", _signal.SIG_DFL), ("SIG_IGN", _signal.SIG_IGN)])
Handlers.__module__ = __name__
Sigmasks = _enum.IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)])
Sigmasks.__module__ = __name__

globals().update(Signals.__members__)
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK


def _as_handler(value):
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return Handlers(value)
        except ValueError:
            pass
    return value


def signal(signalnum, handler):
    """Installs handler for signalnum and returns the previous one."""
    return _as_handler(_signal.signal(signalnum, handler))


def getsignal(signalnum):
    """The handler installed for signalnum (SIG_DFL, SIG_IGN, None or a callable)."""
    return _as_handler(_signal.getsignal(signalnum))


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n for n in _signal.valid_signals()}
`;
