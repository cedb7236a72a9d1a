import warnings, sys

warnings.warn('careful')
warnings.warn('again', DeprecationWarning)
def f():
    warnings.warn('inner', RuntimeWarning, stacklevel=2)
f()
f()
for i in range(3):
    warnings.warn('loop')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec')
    warnings.warn('rec')
    print(len(w), w[0].message, w[0].category, w[0].lineno)
warnings.simplefilter('ignore')
warnings.warn('hidden')
warnings.simplefilter('error')
try:
    warnings.warn('boom', UserWarning)
except UserWarning as e:
    print('raised', e)
warnings.resetwarnings()
print(warnings.formatwarning('m', UserWarning, 'f.py', 3, 'x = 1'))
