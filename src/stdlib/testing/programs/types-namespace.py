import types
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'))
try: types.SimpleNamespace({'q': 2})
except TypeError as e: print(e)
ns.c = [1]; del ns.a; print(ns, vars(ns))
print(types.FunctionType, types.ModuleType, types.NoneType, isinstance(print, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
