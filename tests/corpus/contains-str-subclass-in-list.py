class S(str):
    pass
print('a' in [S('b')], 'b' in [S('b')], 'a' in (S('a'),), S('x') in ['x'], [S('q')].count('q'))
class L(list):
    pass
print('a' in L([S('a')]), S('z') in L(['y']))
