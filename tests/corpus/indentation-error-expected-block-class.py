class Empty:
# no body
x = 1
