// ops-error.ts — turns the AlgoError values thrown by the pure algorithm files (int-ops, int-str,
// format-spec …) into Python exceptions with the same type and message.
import { AlgoError } from "./algo-error.js";
import { newException, TypeError, ValueError, OverflowError, ZeroDivisionError, KeyError, IndexError } from "./exceptions.js";
import type { PyBaseException } from "./exceptions.js";

/** The Python exception for an AlgoError (re.error is mapped by the re module itself). */
export function fromAlgoError(e: AlgoError): PyBaseException {
  switch (e.type) {
    case "TypeError": return newException(TypeError, e.message);
    case "OverflowError": return newException(OverflowError, e.message);
    case "ZeroDivisionError": return newException(ZeroDivisionError, e.message);
    case "KeyError": return newException(KeyError, e.message);
    case "IndexError": return newException(IndexError, e.message);
    default: return newException(ValueError, e.message);
  }
}

/** In a catch block: rethrows `e`, converted when it is an AlgoError. */
export function rethrowAlgo(e: unknown): never {
  if (e instanceof AlgoError) throw fromAlgoError(e);
  throw e;
}
