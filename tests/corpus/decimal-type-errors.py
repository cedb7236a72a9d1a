from decimal import Decimal as D
for e in ['"a" + D(1)', '[1] + D(1)', '(1,) + D(1)', 'b"a" + D(1)', 'bytearray(b"a") + D(1)', 'D(1) + "a"', 'D(1) * "ab"', '"ab" * D(2)', 'bytearray(b"a") * D(2)',
          'D(1) < None', 'D(1) < 1j', 'D(1) - None', 'None - D(1)', 'D(1) ** "x"', '2.5 ** D(2)', 'divmod(D(1), "x")', 'divmod(1.5, D(1))', '-D("snan")', 'abs(D("-snan"))']:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
