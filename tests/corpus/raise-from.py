class AppError(Exception):
    pass
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("lookup failed") from e
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("bad") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
