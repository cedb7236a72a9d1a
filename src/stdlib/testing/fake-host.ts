// fake-host.ts — a Host and RuntimeContext for unit tests of stdlib modules: captures output, fixed clock.
import type { Host } from "../../runtime/host.js";
import { createRuntimeContext, type RuntimeContext } from "../../runtime/runtime-context.js";
import type { PyModule, PyObject, KwArgs } from "../../runtime/object.js";
import { PyBuiltin } from "../../runtime/builtin-function.js";
import type { NativeGen } from "../../runtime/protocol.js";

export interface FakeHost extends Host {
  out: string;
  err: string;
  input: string[];
}

export function fakeHost(): FakeHost {
  const h: FakeHost = {
    out: "",
    err: "",
    input: [],
    writeStdout(t) { h.out += t; },
    writeStderr(t) { h.err += t; },
    readLine: async () => h.input.shift() ?? null,
    monotonicMs: () => 5000,
    wallMs: () => 1700000000500,
    setTimer: () => ({ cancel() {} }),
    yieldToEventLoop: async () => {},
    cwd: "/home/user",
    env: new Map([["HOME", "/home/user"], ["LANG", "C.UTF-8"]]),
    pid: 4242,
    platform: "linux",
    cpuCount: 2,
  };
  return h;
}

export function fakeContext(host: FakeHost = fakeHost()): RuntimeContext {
  return createRuntimeContext({ host, argv: ["prog.py", "a"], clockKind: "virtual", seed: 1 });
}

/** Calls module function `name` of `m`, driving a resumable one to completion (no Python calls allowed). */
export function callFn(m: PyModule, name: string, args: PyObject[], kwargs: KwArgs | null = null): PyObject {
  const f = m.dict.get(name);
  if (!(f instanceof PyBuiltin)) throw new Error(`${name} is not a builtin`);
  if (f.bound) args = [f.self!, ...args];
  if (!f.isGen) return (f.fn as (a: PyObject[], k: KwArgs | null) => PyObject)(args, kwargs);
  const g = (f.fn as (a: PyObject[], k: KwArgs | null) => NativeGen)(args, kwargs);
  let r = g.next();
  while (!r.done) r = g.next(undefined as unknown as PyObject);
  return r.value;
}
