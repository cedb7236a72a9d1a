import io, sys
s = io.StringIO()
print(s.write('hello\n'), s.write('world'), repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()))
print(list(io.StringIO('a\nb\nc')), io.StringIO('x\ny').readlines())
old = sys.stdout; sys.stdout = buf = io.StringIO(); print('captured', 1, 2); sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO('q') as f: print(f.read())
try: f.read()
except ValueError as e: print(e)
try: io.StringIO().write(5)
except TypeError as e: print(e)
b = io.BytesIO(b'ab\ncd'); print(b.readline(), b.read(), b.getvalue())
