// atexit.ts — the atexit module: handlers kept on the runtime context; run.ts calls them at exit, last
// registered first, printing "Exception ignored in atexit callback" for failures as CPython does.
import { PyModule, None, PyObject, typeName } from "../runtime/object.js";
import { typeError } from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { isCallable, callGen } from "../runtime/ops-call.js";
import { eqGen } from "../runtime/ops-compare.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";

export function createAtexit(rt: RuntimeContext): PyModule {
  const m = new PyModule("atexit");
  const handlers = rt.atexitHandlers;
  defineModuleFunctions(m, {
    register: (args, kw) => {
      if (args.length === 0) throw typeError("register() takes at least 1 argument (0 given)");
      const fn = args[0];
      if (!isCallable(fn)) throw typeError("the first argument must be callable");
      handlers.push({ fn, args: args.slice(1), kwargs: kw !== null && kw.size > 0 ? new Map(kw) : null });
      return fn;
    },
    _clear: () => {
      handlers.length = 0;
      return None;
    },
    _ncallbacks: () => handlers.length,
  });
  defineModuleGenFunctions(m, {
    unregister: function* (args) {
      if (args.length !== 1) throw typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
      for (let i = handlers.length - 1; i >= 0; i--) {
        if (handlers[i].fn === args[0] || (yield* eqGen(handlers[i].fn, args[0]))) handlers.splice(i, 1);
      }
      return None;
    },
    _run_exitfuncs: function* () {
      while (handlers.length > 0) {
        const h = handlers.pop()!;
        yield* callGen(h.fn, h.args, h.kwargs);
      }
      return None;
    },
  });
  void typeName;
  return m;
}

export type { PyObject };
