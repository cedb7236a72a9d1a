// _asyncio.ts — the `_asyncio` helper module behind gilpy's Python-source asyncio: where a suspended
// coroutine stands (a task's repr says "running at FILE:LINE", CPython reads it from cr_frame.f_lineno).
import { PyModule, None, PyTuple } from "../../runtime/object.js";
import { PyGenerator } from "../../runtime/generator.js";
import { defineModuleFunctions } from "../../runtime/builtin-function.js";
import type { RuntimeContext } from "../../runtime/runtime-context.js";
import type { Frame } from "../../interpreter/frame.js";

export function createAsyncioNative(_rt: RuntimeContext): PyModule {
  const m = new PyModule("_asyncio");
  defineModuleFunctions(m, {
    // coro_where(coro) -> (filename, lineno) while the coroutine has a frame, else None.
    coro_where: (args) => {
      const c = args[0];
      if (!(c instanceof PyGenerator) || c.frame === null) return None;
      const f = c.frame as unknown as Frame;
      if (f.code === null) return None;
      return new PyTuple([f.code.filename, f.currentLine]);
    },
  });
  return m;
}
