try:
    print("work")
finally:
    print("cleanup")
raise KeyboardInterrupt
