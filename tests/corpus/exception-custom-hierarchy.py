class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Denied(AppError):
    def __str__(self):
        return "access denied!"
for exc in [NotFound("user"), Denied("ignored"), AppError("plain")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.what, e.args)
    except AppError as e:
        print("AppError:", e, repr(e), AppError.__doc__)
raise Denied()
