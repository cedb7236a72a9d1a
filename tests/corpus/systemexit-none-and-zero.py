try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    exit(0)
except SystemExit as e:
    print("code", e.code)
raise SystemExit(0)
