// tkinter/messagebox.ts — tkinter.messagebox as Python source: each dialog needs a root window, which a
// headless gilpy cannot make, so every call fails with _tkinter.TclError as CPython does without a display.

export const tkinterMessageboxSource: string = String.raw`"""Standard Tk message boxes (gilpy: headless, every dialog reports that there is no display)."""

import tkinter

ERROR, INFO, QUESTION, WARNING = "error", "info", "question", "warning"
ABORTRETRYIGNORE, OK, OKCANCEL, RETRYCANCEL, YESNO, YESNOCANCEL = (
    "abortretryignore", "ok", "okcancel", "retrycancel", "yesno", "yesnocancel")
ABORT, RETRY, IGNORE, CANCEL, YES, NO = "abort", "retry", "ignore", "cancel", "yes", "no"


class Message:
    command = None

    def __init__(self, master=None, **options):  # options: title, message, icon, type
        self.master = master
        self.options = options

    def show(self, **options):
        master = self.master if self.master is not None else tkinter._get_default_root()
        raise tkinter.TclError("gilpy has no Tk dialogs")


def _dialog(name, icon, buttons):
    """A message-box function of one icon and one set of buttons."""
    def dialog(title=None, message=None, **options):
        return Message(title=title, message=message, icon=icon, type=buttons, **options).show()
    dialog.__name__ = dialog.__qualname__ = name
    return dialog


showinfo = _dialog("showinfo", INFO, OK)
showwarning = _dialog("showwarning", WARNING, OK)
showerror = _dialog("showerror", ERROR, OK)
askquestion = _dialog("askquestion", QUESTION, YESNO)
askokcancel = _dialog("askokcancel", QUESTION, OKCANCEL)
askyesno = _dialog("askyesno", QUESTION, YESNO)
askyesnocancel = _dialog("askyesnocancel", QUESTION, YESNOCANCEL)
askretrycancel = _dialog("askretrycancel", WARNING, RETRYCANCEL)
`;
