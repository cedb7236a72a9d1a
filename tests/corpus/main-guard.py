def main():
    print("main running, __name__ =", __name__)
if __name__ == "__main__":
    main()
