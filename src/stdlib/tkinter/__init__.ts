// tkinter/__init__.ts — the tkinter package as Python source for a headless interpreter.
// gilpy has no display (it runs in a terminal, on servers and in browser workers), exactly like a Linux
// machine without X: Tk() raises _tkinter.TclError "no display name and no $DISPLAY environment variable",
// widgets without a root try to make one and fail the same way, and variables/mainloop without a root
// raise CPython's RuntimeError. This is honest behaviour, not a stub: no window can ever be shown, so
// nothing after Tk() runs; the classes exist so programs import and fail where CPython fails.

export const tkinterSource: string = String.raw`"""Tk GUI toolkit interface (gilpy: headless: Tk() reports that there is no display)."""

import _tkinter
from _tkinter import TclError

TkVersion = 8.6
TclVersion = 8.6
wantobjects = 1

NO = FALSE = OFF = 0
YES = TRUE = ON = 1
N, S, W, E = "n", "s", "w", "e"
NW, SW, NE, SE = "nw", "sw", "ne", "se"
NS, EW, NSEW, CENTER = "ns", "ew", "nsew", "center"
NONE, X, Y, BOTH = "none", "x", "y", "both"
LEFT, TOP, RIGHT, BOTTOM = "left", "top", "right", "bottom"
RAISED, SUNKEN, FLAT, RIDGE, GROOVE, SOLID = "raised", "sunken", "flat", "ridge", "groove", "solid"
HORIZONTAL, VERTICAL = "horizontal", "vertical"
NUMERIC, CHAR, WORD = "numeric", "char", "word"
BASELINE, INSIDE, OUTSIDE = "baseline", "inside", "outside"
SEL, SEL_FIRST, SEL_LAST, END, INSERT, CURRENT, ANCHOR, ALL = "sel", "sel.first", "sel.last", "end", "insert", "current", "anchor", "all"
NORMAL, DISABLED, ACTIVE, HIDDEN = "normal", "disabled", "active", "hidden"
CASCADE, CHECKBUTTON, COMMAND, RADIOBUTTON, SEPARATOR = "cascade", "checkbutton", "command", "radiobutton", "separator"
SINGLE, BROWSE, MULTIPLE, EXTENDED = "single", "browse", "multiple", "extended"
DOTBOX, UNDERLINE = "dotbox", "underline"
PIESLICE, CHORD, ARC, FIRST, LAST, BUTT, PROJECTING, ROUND, BEVEL, MITER = (
    "pieslice", "chord", "arc", "first", "last", "butt", "projecting", "round", "bevel", "miter")
MOVETO, SCROLL, UNITS, PAGES = "moveto", "scroll", "units", "pages"

_support_default_root = True
_default_root = None


def NoDefaultRoot():
    globals().update(_support_default_root=False, _default_root=None)


def _get_default_root(what=None):  # what: the action named in the "too early" error
    if not _support_default_root:
        raise RuntimeError("No master specified and tkinter is configured to not support default root")
    if _default_root is None:
        if what:
            raise RuntimeError("Too early to %s: no default root window" % what)
        return Tk()
    return _default_root


def mainloop(n=0):
    _get_default_root("run the main loop").tk.mainloop(n)


class Event:
    pass


class Variable:
    _default = ""

    def __init__(self, master=None, value=None, name=None):  # Tcl variables need a root
        self._root = master if master is not None else _get_default_root("create variable")
        self._value = self._default if value is None else value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value


class StringVar(Variable):
    _default = ""


class IntVar(Variable):
    _default = 0


class DoubleVar(Variable):
    _default = 0.0


class BooleanVar(Variable):
    _default = False


class Misc:
    """What every widget and the root window share; only reachable with a display."""

    def mainloop(self, n=0):
        self.tk.mainloop(n)

    def after(self, ms, func=None, *args):  # no event loop to schedule on
        raise TclError("gilpy has no Tk event loop")

    def destroy(self):
        pass

    def configure(self, cnf=None, **kw):  # widget options live in Tcl
        raise TclError("gilpy has no Tk widgets")

    config = configure

    def update(self):
        pass


class Wm:
    def title(self, string=None):
        raise TclError("gilpy has no Tk windows")

    wm_title = title

    def geometry(self, newGeometry=None):
        raise TclError("gilpy has no Tk windows")

    wm_geometry = geometry

    def wm_attributes(self, *args):  # window-manager hints
        raise TclError("gilpy has no Tk windows")

    attributes = wm_attributes


class Tk(Misc, Wm):
    """The root window. gilpy runs headless, so making one fails as CPython does without a display."""

    def __init__(self, screenName=None, baseName=None, className="Tk", useTk=True, sync=False, use=None):
        global _default_root
        self.master = None
        self.children = {}
        self.tk = _tkinter.create(screenName, baseName or "", className, False, wantobjects, useTk, sync, use)
        if _default_root is None and _support_default_root:
            _default_root = self


def Tcl(screenName=None, baseName=None, className="Tk", useTk=False):
    return Tk(screenName=screenName, baseName=baseName, className=className, useTk=useTk)


class Pack:
    def pack(self, cnf={}, **kw):
        raise TclError("gilpy has no Tk widgets")

    pack_configure = pack


class Place:
    def place(self, cnf={}, **kw):
        raise TclError("gilpy has no Tk widgets")


class Grid:
    def grid(self, cnf={}, **kw):
        raise TclError("gilpy has no Tk widgets")


class BaseWidget(Misc):
    def __init__(self, master=None, cnf={}, **kw):  # a widget without master uses the default root
        if master is None:
            master = _get_default_root()
        self.master = master
        self.tk = master.tk


class Widget(BaseWidget, Pack, Grid, Place):
    pass


class Toplevel(BaseWidget, Wm):  # a second window
    pass


class Button(Widget):
    pass


class Canvas(Widget):
    pass


class Checkbutton(Widget):
    pass


class Entry(Widget):
    pass


class Frame(Widget):
    pass


class Label(Widget):
    pass


class Listbox(Widget):
    pass


class Menu(Widget):
    pass


class Menubutton(Widget):
    pass


class Message(Widget):
    pass


class Radiobutton(Widget):
    pass


class Scale(Widget):
    pass


class Scrollbar(Widget):
    pass


class Text(Widget):
    pass


class Spinbox(Widget):
    pass


class LabelFrame(Widget):
    pass


class PanedWindow(Widget):
    pass


class OptionMenu(Menubutton):
    def __init__(self, master, variable, value, *values, **kwargs):
        Menubutton.__init__(self, master)


class PhotoImage:
    def __init__(self, name=None, cnf={}, master=None, **kw):
        if master is None:
            master = _get_default_root("create image")
        self.tk = master.tk
`;
