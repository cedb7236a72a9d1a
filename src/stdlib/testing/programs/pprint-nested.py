import pprint
data = {'name': 'gilpy', 'threads': [{'id': i, 'name': f'Thread-{i}', 'alive': i % 2 == 0, 'tags': ['x' * i, 'y']} for i in range(4)], 'config': {'clock': 'virtual', 'seed': 42, 'switch': 0.005}, 'empty': [], 't': (1,)}
pprint.pprint(data)
pprint.pprint(list(range(40)))
pprint.pprint(data, width=40, sort_dicts=False)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.saferepr([1, 'a']))
pprint.pp({'z': 1, 'a': [1, 2, 3]})
pprint.pprint({'s': {3, 1, 2}, 'long': list(range(30))}, compact=True)
pprint.pprint(('tuple', 'with', 'many', 'words', 'that', 'go', 'past', 'the', 'width', 'limit', 'of', 'eighty', 'chars'))
