// algo-error.ts — the error value thrown by gilpy's object-model-free algorithms (numbers, formatting,
// random, re translation); the caller turns it into the Python exception named by `type`.

/** Python exception class names the pure algorithms can ask for. */
export type AlgoErrorType =
  | "ValueError" | "TypeError" | "OverflowError" | "ZeroDivisionError" | "KeyError" | "IndexError"
  | "AttributeError" | "NotImplementedError" | "re.error";

/**
 * Not a JavaScript Error on purpose: a JS Error means a gilpy bug, while this is an ordinary Python
 * exception that simply cannot be built here because the object model is out of reach.
 * `pos` is only set for "re.error" (the pattern position CPython reports).
 */
export class AlgoError {
  constructor(readonly type: AlgoErrorType, readonly message: string, readonly pos: number = -1) {}
}

export function valueError(message: string): AlgoError { return new AlgoError("ValueError", message); }
export function typeError(message: string): AlgoError { return new AlgoError("TypeError", message); }
export function overflowError(message: string): AlgoError { return new AlgoError("OverflowError", message); }
export function zeroDivisionError(message: string): AlgoError { return new AlgoError("ZeroDivisionError", message); }
