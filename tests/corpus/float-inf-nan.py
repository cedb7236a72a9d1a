import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
print([nan] == [nan], nan in [nan], inf == inf, max(inf, 1), min(-inf, 0))
print(repr(inf), str(-inf), f"{inf:.2f}", f"{nan:>6}", "%f" % inf, round(inf) if False else "skip")
try:
    round(inf)
except OverflowError as e:
    print(e)
print(math.inf, math.nan, -math.inf, 1e309)
