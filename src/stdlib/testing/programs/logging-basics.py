import logging, sys, threading
log = logging.getLogger('app')
log.warning('no config yet: %s', 42)
log.info('hidden')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(threadName)s:%(message)s', stream=sys.stdout)
logging.debug('root debug')
log.info('info %d %s', 1, 'x')
sub = logging.getLogger('app.sub'); sub.setLevel(logging.ERROR)
sub.warning('filtered'); sub.error('sub error')
print(sub.getEffectiveLevel(), log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('INFO'), sub.parent.name, log.parent.name)
def worker():
    logging.info('from thread')
t = threading.Thread(target=worker, name='Worker-1'); t.start(); t.join()
def compute(d):
    raise KeyError('missing')
try:
    value = compute({})
except KeyError:
    log.exception('failed')
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter('[%(levelname)-8s] %(message)s')); sub.addHandler(h); sub.propagate = False
sub.critical('custom format')
logging.getLogger('brace').handlers
f = logging.Formatter('{levelname} {message}', style='{')
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(f); b = logging.getLogger('brace'); b.addHandler(h2); b.propagate = False; b.warning('braces')
print(logging.getLogger() is logging.root, logging.getLogger('app') is log, repr(log), logging.WARNING)
