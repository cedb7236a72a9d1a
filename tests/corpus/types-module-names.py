import types, sys
n = types.SimpleNamespace(b=1, a=[2]); n.c = n
print(n, types.new_class('X').__module__, types.prepare_class('Y'), types.resolve_bases((int,)))
class S(types.SimpleNamespace): pass
print(S(x=1), S(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace.__module__, repr(types.SimpleNamespace))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
print(n.__reduce__()[0], types.SimpleNamespace() == 1, types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2), vars(types.SimpleNamespace(q=3)))
def f(): yield 1
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType))
class C:
    def m(self): pass
print(isinstance(C().m, types.MethodType), types.NoneType, types.EllipsisType, types.NotImplementedType)
try: raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType), isinstance(f.__code__, types.CodeType))
M = types.new_class('M', (object,), {}, lambda ns: ns.update(z=5))
print(M.z, M.__name__, M.__module__)
class Meta(type):
    pass
N = types.new_class('N', (), {'metaclass': Meta})
print(type(N).__name__)
print(types.GenericAlias, type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)
ns = types.SimpleNamespace(); ns.x = 1; del ns.x; print(ns, hasattr(ns, 'x'))
class WithSlots:
    __slots__ = ('a',)
print(isinstance(WithSlots.a, types.MemberDescriptorType))
