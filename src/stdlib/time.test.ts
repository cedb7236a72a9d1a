import { describe, it, expect } from "vitest";
import { createTime } from "./time.js";
import { fakeContext, callFn } from "./testing/fake-host.js";
import { plainRepr } from "./support.js";
import { PyBaseException } from "../runtime/exceptions.js";
import { ParkRequest } from "../runtime/protocol.js";
import { PyBuiltin } from "../runtime/builtin-function.js";
import { newFloat } from "../runtime/object.js";

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name} ${String(e.args.items[0])}`;
    throw e;
  }
  return "no error";
}

describe("time", () => {
  const m = createTime(fakeContext());
  it("gmtime and strftime print what CPython prints", () => {
    const t = callFn(m, "gmtime", [newFloat(1700000000.5)]);
    expect(plainRepr(t)).toBe("time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)");
    expect(callFn(m, "strftime", ["%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %D %T %R %F", t]))
      .toBe("Tue Tuesday Nov November Tue Nov 14 22:13:20 2023 14 22 10 318 11 13 PM 20 46 2 46 11/14/23 22:13:20 23 2023 GMT +0000 % 14 11/14/23 22:13:20 22:13 2023-11-14");
    expect(callFn(m, "asctime", [t])).toBe("Tue Nov 14 22:13:20 2023");
  });
  it("errors match CPython", () => {
    expect(err(() => callFn(m, "sleep", [-1]))).toBe("ValueError sleep length must be non-negative");
    expect(err(() => callFn(m, "sleep", ["a"]))).toBe("TypeError 'str' object cannot be interpreted as an integer");
    expect(err(() => callFn(m, "strftime", [1]))).toBe("TypeError strftime() argument 1 must be str, not int");
    expect(err(() => callFn(m, "gmtime", [newFloat(1e20)]))).toBe("OverflowError timestamp out of range for platform time_t");
  });
  it("sleep parks the thread until now + seconds on the context clock", () => {
    const f = m.dict.get("sleep") as PyBuiltin;
    const g = (f.fn as (a: unknown[], k: null) => Generator)([newFloat(1.5)], null);
    const req = g.next().value as ParkRequest;
    expect(req).toBeInstanceOf(ParkRequest);
    expect(req.deadline).toBe(5 + 1.5);
    expect(req.reason).toBe("time.sleep");
  });
  it("readings come from the clock", () => {
    expect(plainRepr(callFn(m, "time", []))).toBe("1700000000.5");
    expect(callFn(m, "time_ns", [])).toBe(1700000000500000000n);
  });
});
