def risky():
    try:
        return 1 / 0
    except ZeroDivisionError:
        undefined_name
risky()
