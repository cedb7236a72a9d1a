// protocol.ts — how JavaScript code asks the VM to run Python code without recursing: native generators
// yield requests (call this object, park this thread) and the VM resumes them with the answer.
//
// A builtin that may need to run Python (a key= function, a user __eq__, a property getter, a blocking
// wait) is written as `function*` returning a `NativeGen`. Inside it, `yield* callObject(f, args)` runs f —
// a Python function gets a frame on the thread's own frame stack, and when it returns the VM sends its
// result back into the generator. Exceptions raised by the callee are thrown into the generator at the
// yield, so ordinary try/catch works. The generator's return value is the builtin's result.
import type { KwArgs, PyObject } from "./object.js";

/** "Call `callable` with these arguments and send me the result." */
export class CallRequest {
  constructor(
    public callable: PyObject,
    public args: PyObject[],
    public kwargs: KwArgs | null,
  ) {}
}

/**
 * "Park this thread until `wake` is settled by someone else (or the deadline passes), then send me the
 * outcome." Produced by blocking primitives (sleep, locks, queues, join, input()); the scheduler owns the
 * parked thread meanwhile and other threads run. `reason` and `detail` feed deadlock reports and traces
 * ("sleep", "Lock", "Event", "Queue.get", "join" …).
 */
export class ParkRequest {
  constructor(
    /** Absolute deadline in the clock's seconds, or null to wait without one. */
    public deadline: number | null,
    public reason: string,
    /** Called by the scheduler with a `wake(result)` function once the thread is parked. */
    public register: ((wake: (result: PyObject) => void) => void) | null,
    /** Result sent when the deadline passes first. */
    public timeoutResult: PyObject,
  ) {}
}

export type Request = CallRequest | ParkRequest;

/** A resumable builtin: yields requests, receives their results, returns its own result. */
export type NativeGen = Generator<Request, PyObject, PyObject>;

/** A builtin implementation: plain functions return a value; `isGen` builtins return a NativeGen. */
export type NativeFn = (args: PyObject[], kwargs: KwArgs | null) => PyObject;
export type NativeGenFn = (args: PyObject[], kwargs: KwArgs | null) => NativeGen;

/** Runs any callable Python object with the VM's help; use as `const r = yield* call(f, [a, b])`. */
export function* call(callable: PyObject, args: PyObject[], kwargs: KwArgs | null = null): NativeGen {
  return yield new CallRequest(callable, args, kwargs);
}
