import os, os.path, posixpath
P = os.path
print(P is posixpath, P.sep, P.curdir, P.pardir, P.extsep, P.pathsep, P.altsep, P.devnull)
print(P.join('a', 'b', 'c'), P.join('/a', '/b', 'c'), P.join('a/', 'b'), P.join('', 'x'), P.join('a', ''), P.join('a'))
for p in ['a/b/c.txt', '/a/b/', '///x', 'noslash', '', '/', 'a//b', '.bashrc', 'x/.hidden.tar.gz', 'a.b/c', '..', 'f.', '...x']:
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), repr(P.dirname(p)), P.normpath(p), P.isabs(p), P.splitdrive(p))
for p in ['a/./b/../c', '/../x', '../../y/..', '//x//y', '///x', 'a/b/../../..', '/a/b/./../..', './']:
    print(p, P.normpath(p))
print(P.relpath('/a/b/c', '/a/x'), P.relpath('/a/b', '/a/b'), P.relpath('/x', '/a/b/c'), P.relpath('/usr/lib', '/'))
print(P.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), P.commonpath(['a/./b', 'a/b/c']), P.commonpath(['/x']))
print(P.commonprefix(['interstellar', 'internet', 'interval']), repr(P.commonprefix([])), P.commonprefix([['a', 'b'], ['a', 'c']]))
os.environ['GILPY_TEST_VAR'] = 'value'
os.environ['HOME'] = '/home/ann'
print(P.expandvars('$GILPY_TEST_VAR/${GILPY_TEST_VAR}/$NOPE_X/${NOPE_Y}/$/${unclosed'), P.expanduser('~/docs'), P.expanduser('~'), P.expanduser('~bob/x'), P.expanduser('x~'))
print(P.abspath('/a/../b'), P.abspath('x') == P.join(os.getcwd(), 'x'), P.realpath('/a/./b'), P.normcase('AbC'))
print(P.exists('/definitely/not/here'), P.isfile('/definitely/not/here'), P.isdir('/definitely/not/here'), P.islink('/'), P.ismount('/'), P.exists(42))
class Pathish:
    def __fspath__(self):
        return '/p/q.py'
print(P.basename(Pathish()), P.splitext(Pathish()), P.join(Pathish(), 'r'), os.fspath(Pathish()))
for bad in [lambda: P.join(1), lambda: P.join('a', 1), lambda: P.basename(None), lambda: P.relpath(''), lambda: P.commonpath([]),
            lambda: P.commonpath(['/a', 'b']), lambda: P.splitext(3.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
