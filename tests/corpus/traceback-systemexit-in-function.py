import sys
def main():
    print("in main")
    sys.exit(7)
try:
    main()
finally:
    print("finally still runs")
