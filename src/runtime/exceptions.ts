// exceptions.ts — Python exception objects: the BaseException instance layout, CPython 3.11's hierarchy of
// builtin exception types, and helpers that make an exception with CPython's exact message.
// Python exceptions are thrown as these objects (never wrapped in a JS Error: no stack capture cost).
import {
  None, PyObj, PyObject, PyTuple, PyType, TypeFlag, emptyTuple, makeBuiltinType, objectType, typeName,
  AttrMap,
} from "./object.js";

export class PyBaseException extends PyObj {
  args: PyTuple;
  /** A traceback object (set by the VM as the exception unwinds), or None. */
  traceback: PyObject;
  cause: PyObject;
  context: PyObject;
  suppressContext: boolean;
  dict: AttrMap;
  constructor(type: PyType, args: PyTuple = emptyTuple) {
    super(type);
    this.args = args;
    this.traceback = None;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
    this.dict = new Map();
  }
}

function exc(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception);
  t.newInstance = (cls) => new PyBaseException(cls);
  return t;
}

export const BaseException = exc("BaseException", objectType);
export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const BytesWarning = exc("BytesWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);
export const ExceptionGroup = exc("ExceptionGroup", Exception);
ExceptionGroup.bases = [BaseExceptionGroup, Exception];
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, objectType];

/** Every builtin exception type by name, for the builtins module. */
export const builtinExceptionTypes: PyType[] = [
  BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError,
  BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
  FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
  ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
  StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
  ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
  BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
  PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning,
  ExceptionGroup,
];

/** Makes an exception of `type` whose args are `args` (no __init__ call: for builtin types only). */
export function newException(type: PyType, ...args: PyObject[]): PyBaseException {
  const make = type.newInstance;
  const e = (make ? make(type) : new PyBaseException(type)) as PyBaseException;
  e.args = args.length === 0 ? emptyTuple : new PyTuple(args);
  return e;
}

// Helpers named after the exception; `throw typeError("...")`. Messages are CPython's, word for word.
export const typeError = (msg: string) => newException(TypeError, msg);
export const valueError = (msg: string) => newException(ValueError, msg);
export const indexError = (msg: string) => newException(IndexError, msg);
export const keyError = (key: PyObject) => newException(KeyError, key);
export const attributeError = (msg: string) => newException(AttributeError, msg);
export const nameError = (msg: string) => newException(NameError, msg);
export const zeroDivisionError = (msg: string) => newException(ZeroDivisionError, msg);
export const overflowError = (msg: string) => newException(OverflowError, msg);
export const runtimeError = (msg: string) => newException(RuntimeError, msg);
export const recursionError = (msg: string) => newException(RecursionError, msg);
export const notImplementedError = (msg: string) => newException(NotImplementedError, msg);
export const stopIteration = (value?: PyObject) =>
  value === undefined ? newException(StopIteration) : newException(StopIteration, value);
export const importError = (msg: string) => newException(ImportError, msg);
export const moduleNotFoundError = (name: string) => {
  const e = newException(ModuleNotFoundError, `No module named '${name}'`);
  e.dict.set("name", name);
  return e;
};
export const osError = (msg: string) => newException(OSError, msg);
export const eofError = (msg: string) => newException(EOFError, msg);
export const assertionError = (...args: PyObject[]) => newException(AssertionError, ...args);
export const systemError = (msg: string) => newException(SystemError, msg);

/** "'NoneType' object is not subscriptable" and friends. */
export const notSubscriptable = (x: PyObject) => typeError(`'${typeName(x)}' object is not subscriptable`);
export const notIterable = (x: PyObject) => typeError(`'${typeName(x)}' object is not iterable`);
export const notCallable = (x: PyObject) => typeError(`'${typeName(x)}' object is not callable`);

export function isException(x: unknown): x is PyBaseException {
  return x instanceof PyBaseException;
}

/**
 * A gilpy bug: reported to the user as such (SystemError with the JS message), never as a bare JS
 * stack trace. Use for states that must be impossible.
 */
export function assert(cond: unknown, what: string): asserts cond {
  if (!cond) throw systemError(`gilpy internal error: ${what}`);
}
