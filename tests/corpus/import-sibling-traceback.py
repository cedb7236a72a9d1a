import _corpus_helper
print("calling")
_corpus_helper.fail()
