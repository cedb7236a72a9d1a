# How the interpreter prints a SyntaxError (sys.excepthook, as for an uncaught one): leading tabs are not
# shown, and an IndentationError gets one caret where a plain SyntaxError shows its whole range.
import sys
for name, src in [("_tab_indent", "def f():\n\tfor x in y:\n\tprint(x)\n"), ("_plain", "for x in y:\nprint(x)\n"),
                  ("_range", "x = (1,\n2 3)\n"), ("_unindent", "if 1:\n    a = 1\n  b = 2\n")]:
    try:
        compile(src, name + ".py", "exec")
    except SyntaxError as e:
        sys.excepthook(type(e), e, None)
