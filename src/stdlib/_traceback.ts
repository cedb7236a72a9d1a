// _traceback.ts — the native helpers behind traceback.py: the VM's own traceback formatter (the one that
// prints uncaught exceptions, carets included) exposed to Python as text.
import { PyModule, None } from "../runtime/object.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { arity, intValue, strValue } from "./support.js";

export function createTracebackCore(rt: RuntimeContext): PyModule {
  const m = new PyModule("_traceback");
  defineModuleGenFunctions(m, {
    /** format_exception(exc, chain) -> the whole report as one str. */
    format_exception: function* (args) {
      arity("format_exception", args, 1, 2);
      const chain = args.length < 2 || args[1] === true;
      const lines = yield* rt.formatException(args[0], chain);
      return lines.join("");
    },
  });
  defineModuleFunctions(m, {
    /** source_line(filename, lineno) -> that line of the file ("" when the host cannot read it). */
    source_line: (args) => {
      arity("source_line", args, 2);
      const file = strValue(args[0]);
      const n = Number(intValue(args[1]) ?? 0);
      if (file === undefined || n < 1 || !rt.host.readTextFile) return "";
      const text = rt.host.readTextFile(file);
      if (text === null) return "";
      const line = text.split("\n")[n - 1];
      return line === undefined ? "" : line + "\n";
    },
    /** format_tb(tb, limit) -> the "  File …" entries of a traceback as one str. */
    format_tb: (args) => {
      arity("format_tb", args, 1, 2);
      if (args[0] === None) return "";
      const lim = args.length > 1 ? intValue(args[1]) : undefined;
      return rt.formatTraceback(args[0], lim === undefined ? null : Number(lim)).join("");
    },
  });
  return m;
}
