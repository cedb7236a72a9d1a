import itertools as it
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])), list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.product("ab", repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.zip_longest("ab", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])), list(it.filterfalse(None, [0, 1, 0, 2])))
print(list(it.pairwise([1, 2, 3, 4])), [list(t) for t in it.tee([1, 2], 2)])
