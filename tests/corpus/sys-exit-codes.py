import sys
try:
    sys.exit()
except SystemExit as e:
    print("A", e.code)
try:
    sys.exit(5)
except SystemExit as e:
    print("B", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("C", e.code)
sys.exit(True)
