ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba[1:3], bytes(ba), ba.pop(), ba)
ba[1:3] = b"EE"
del ba[0]
print(ba, ba.decode(), bytearray(3), bytearray([1, 2]), ba.upper(), ba == b"EElo!?", ba.find(b"l"))
ba.reverse()
print(ba)
ba.insert(0, 65)
ba.remove(ord("l"))
print(ba, ba.hex(), bytearray.fromhex("ff00"))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    ba.append("x")
except TypeError as e:
    print(e)
