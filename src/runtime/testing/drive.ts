// drive.ts — test helper: runs a resumable runtime operation to completion without the VM, answering
// CallRequests for builtin callables (Python functions cannot run here).
import type { PyObject } from "../object.js";
import { CallRequest } from "../protocol.js";
import { callGen } from "../ops-call.js";
import { PyFunction } from "../function.js";

export function drive<T>(g: Generator<any, T, any>): T {
  let r = g.next();
  while (!r.done) {
    const req = r.value;
    if (!(req instanceof CallRequest) || req.callable instanceof PyFunction) throw new Error("drive: cannot answer " + String(req));
    let v: PyObject;
    try {
      v = drive(callGen(req.callable, req.args, req.kwargs));
    } catch (e) {
      r = g.throw(e);
      continue;
    }
    r = g.next(v);
  }
  return r.value;
}
