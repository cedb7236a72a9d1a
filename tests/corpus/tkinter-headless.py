# tkinter on a machine without a display: imports work, the first window fails with _tkinter.TclError.
import tkinter
import tkinter.messagebox

try:
    tkinter.StringVar()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    tkinter.mainloop()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    tkinter.Button(text="x")
except tkinter.TclError as e:
    print(type(e).__module__, type(e).__name__, e)
try:
    tkinter.messagebox.showinfo("title", "message")
except tkinter.TclError as e:
    print(type(e).__name__, e)
print(tkinter.TclError, tkinter.TkVersion, tkinter.NORMAL, tkinter.END, tkinter.TclError.__mro__)
root = tkinter.Tk()
