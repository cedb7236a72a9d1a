// copy.ts — the copy module: copy and deepcopy.
// Written in Python (run by gilpy's VM like a user module, so it can call back into Python, block and
// show in tracebacks); checked under python3 against CPython's own module with the same programs.

export const copySource: string = `"""Generic (shallow and deep) copying operations (gilpy)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), frozenset, type(len), type(lambda: 0), property)


def copy(x):
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(i is j for i, j in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _user_reduce(cls):
    for klass in cls.__mro__:
        if klass is object:
            return None
        if '__reduce__' in klass.__dict__:
            return klass.__dict__['__reduce__']
    return None


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    reducer = _user_reduce(cls)
    listiter = dictiter = None
    if reducer is not None:
        rv = reducer(x)
        func, args = rv[0], rv[1]
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
        if deep:
            memo[id(x)] = y
        state = rv[2] if len(rv) > 2 else None
        listiter = rv[3] if len(rv) > 3 else None
        dictiter = rv[4] if len(rv) > 4 else None
    else:
        if isinstance(x, tuple):
            items = tuple(deepcopy(a, memo) for a in x) if deep else tuple(x)
            y = cls.__new__(cls, items) if not hasattr(cls, '_make') else cls._make(items)
        else:
            y = cls.__new__(cls)
        if deep:
            memo[id(x)] = y
        state = getattr(x, '__dict__', None)
        if state is not None:
            state = dict(state)
        slots = []
        for klass in cls.__mro__:
            s = klass.__dict__.get('__slots__', ())
            if isinstance(s, str):
                s = (s,)
            slots.extend(n for n in s if n not in ('__dict__', '__weakref__'))
        if slots:
            slotstate = {}
            for name in slots:
                if hasattr(x, name):
                    slotstate[name] = getattr(x, name)
            state = (state, slotstate)
        if isinstance(x, list):
            listiter = iter(x)
        elif isinstance(x, dict):
            dictiter = iter(x.items())
        elif isinstance(x, set):
            for item in x:
                y.add(deepcopy(item, memo) if deep else item)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and reducer is not None:
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
`;
