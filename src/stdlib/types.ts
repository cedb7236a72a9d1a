// types.ts — the types module: SimpleNamespace and the names of builtin types.
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const typesSource: string = `"""Names of the interpreter's built-in types (gilpy), and SimpleNamespace."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        ns = self.__dict__
        if id(self) in _ns_repr_running:
            return f'{type(self).__name__ if type(self) is not SimpleNamespace else "namespace"}(...)'
        _ns_repr_running.add(id(self))
        try:
            items = (f'{k}={v!r}' for k, v in ns.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f"{name}({', '.join(items)})"
        finally:
            _ns_repr_running.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


SimpleNamespace.__module__ = 'types'
_ns_repr_running = set()


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
del sys, _f, _g, _C, _cell_factory
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, bases, ns)


def coroutine(func):
    return func


class DynamicClassAttribute(property):
    pass


try:
    GenericAlias = type(list[int])
    UnionType = type(int | str)
except TypeError:  # older gilpy builtins without PEP 604 unions
    GenericAlias = UnionType = None
`;
