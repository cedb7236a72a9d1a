import io, sys, contextlib
s = io.StringIO()
print(s.write('hello\n'), s.write('world'), repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2); s.write('XY'); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write('!'); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.seek(0, 2), s.readable(), s.writable(), s.seekable(), s.isatty())
print(list(io.StringIO('a\nb\nc')), io.StringIO('x\ny').readlines(), io.StringIO('l1\nl2\nl3\n').readlines(4))
print(repr(io.StringIO('abc\ndef').readline(2)), repr(io.StringIO('abc').read(2)), repr(io.StringIO(None).getvalue()))
old = sys.stdout; sys.stdout = buf = io.StringIO(); print('captured', 1, 2); sys.stdout = old
print(repr(buf.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as out:
    print('redirected')
print(repr(out.getvalue()))
with io.StringIO('q') as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in [lambda: f.read(), lambda: f.getvalue(), lambda: io.StringIO().write(5), lambda: io.StringIO(5),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(1, 2),
            lambda: io.StringIO().seek(0, 3), lambda: io.StringIO().truncate(-1), lambda: io.StringIO('', 'x'),
            lambda: io.BytesIO().write('s'), lambda: io.StringIO().fileno()]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
w = io.StringIO(newline='\r\n'); w.write('a\nb'); print(repr(w.getvalue()))
u = io.StringIO('x\r\ny\rz', newline=None); print(repr(u.getvalue()), u.readlines())
s2 = io.StringIO(); s2.writelines(['a', 'b', 'c']); print(s2.getvalue(), s2.newlines, s2.line_buffering)
b = io.BytesIO(b'ab\ncd'); print(b.readline(), b.read(), b.getvalue(), b.tell())
b.seek(-1, 2); print(b.read(), b.seek(1), b.read(1), b.write(b'ZZZ'), b.getvalue(), b.seek(10), b.write(b'!'), b.getvalue())
print(b.truncate(3), b.getvalue(), list(io.BytesIO(b'1\n2\n3')), io.BytesIO(bytearray(b'xy')).read())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase),
      issubclass(io.UnsupportedOperation, ValueError), issubclass(io.UnsupportedOperation, OSError), type(io.StringIO()).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, repr(io.StringIO())[:20], repr(io.BytesIO())[:19])
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper(); print('shout', file=u); print(repr(u.getvalue()))
class Lines(io.IOBase):
    def __init__(self, text):
        self.parts = text.splitlines(True)
    def readline(self, size=-1):
        return self.parts.pop(0) if self.parts else ''
    def readable(self):
        return True
lines = Lines('one\ntwo\nthree')
print(list(lines), lines.closed, lines.readable(), lines.seekable())
with Lines('a\nb') as l:
    print(l.readlines())
print(l.closed)
