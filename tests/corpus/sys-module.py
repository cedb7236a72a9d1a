import sys
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.argv).__name__, sys.argv[0])
print(sys.maxsize, sys.byteorder, sys.platform, sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon)
print(type(sys.stdout).__name__ != "", sys.stdout.encoding.lower(), sys.getdefaultencoding(), sys.implementation.name in ("cpython", "gilpy"))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.exc_info(), sys.flags.optimize)
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno)
print(sys.intern("abc"), sys.getswitchinterval(), hasattr(sys, "setrecursionlimit"), sys.maxunicode)
sys.stdout.write("via write\n")
sys.stderr.write("stderr write\n")
