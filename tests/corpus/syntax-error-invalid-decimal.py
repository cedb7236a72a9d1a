total = 3items
