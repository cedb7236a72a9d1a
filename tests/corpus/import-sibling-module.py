import _corpus_helper
from _corpus_helper import greet, CONSTANT
import _corpus_helper as h
print(greet("world"), CONSTANT, h is _corpus_helper)
print(_corpus_helper.__name__)
print(_corpus_helper.counter())
print(_corpus_helper.counter())
import _corpus_helper
print(_corpus_helper.counter())
