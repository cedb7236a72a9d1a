// _tkinter.ts — the _tkinter module as Python source: TclError and create(), which always fails because
// gilpy has no display (like CPython on a machine without X). Honest headless behaviour, not a stub.

export const tkinterCoreSource: string = String.raw`"""gilpy's _tkinter: there is no display, so no Tcl interpreter with Tk can be made."""

TK_VERSION = "8.6"
TCL_VERSION = "8.6"
READABLE = 2
WRITABLE = 4
EXCEPTION = 8


class TclError(Exception):
    pass


def create(screenName=None, baseName="", className="Tk", interactive=False, wantobjects=True, useTk=True,
           sync=False, use=None):
    """Would start Tcl/Tk; gilpy runs headless (no X server, as on a server or in a browser worker)."""
    import os
    display = screenName or os.environ.get("DISPLAY")
    if useTk and not display:
        raise TclError("no display name and no $DISPLAY environment variable")
    if useTk:
        raise TclError(f'couldn\'t connect to display "{display}"')
    raise TclError("gilpy has no Tcl interpreter")
`;
