// dis.ts — the dis module: disassembly of gilpy code objects in CPython 3.11's layout (line numbers, jump
// markers, offsets, opcode names, arguments and their meaning, the exception table), and `python -m dis`.
import { PyObject, PyModule, PyType, PyTuple, None } from "../runtime/object.js";
import { PyFunction, PyMethod } from "../runtime/function.js";
import { defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { typeError } from "../runtime/exceptions.js";
import type { NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { reprFast, idOf } from "../runtime/ops-object.js";
import { CodeObject } from "../interpreter/code.js";
import { Op, opNames, isJump, hasArg, nbSymbols, cmpSymbols } from "../interpreter/opcodes.js";
import { compileSource } from "../interpreter/import.js";
import { writeToSys } from "./sys.js";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

function codeRepr(c: CodeObject): string {
  return `<code object ${c.name} at 0x${idOf(c).toString(16).padStart(12, "7f")}, file "${c.filename}", line ${c.firstlineno}>`;
}

function constRepr(v: PyObject | CodeObject): string {
  if (v instanceof CodeObject) return codeRepr(v);
  if (v instanceof PyTuple) {
    const parts = v.items.map(constRepr);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  }
  return reprFast(v as PyObject) ?? "<object>";
}

function argRepr(code: CodeObject, i: number, op: Op, arg: number): [number, string] {
  switch (op) {
    case Op.LOAD_CONST:
    case Op.KW_NAMES:
      return [arg, constRepr(code.consts[arg])];
    case Op.LOAD_GLOBAL:
      return [arg, (arg & 1 ? "NULL + " : "") + code.names[arg >> 1]];
    case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: case Op.STORE_GLOBAL: case Op.DELETE_GLOBAL:
    case Op.LOAD_ATTR: case Op.STORE_ATTR: case Op.DELETE_ATTR: case Op.LOAD_METHOD: case Op.IMPORT_NAME:
    case Op.IMPORT_FROM:
      return [arg, code.names[arg]];
    case Op.LOAD_FAST: case Op.STORE_FAST: case Op.DELETE_FAST: case Op.LOAD_DEREF: case Op.STORE_DEREF:
    case Op.DELETE_DEREF: case Op.LOAD_CLOSURE: case Op.LOAD_CLASSDEREF: case Op.MAKE_CELL:
      return [arg, code.localsplusnames[arg]];
    case Op.COMPARE_OP:
      return [arg, cmpSymbols[arg]];
    case Op.BINARY_OP:
      return [arg, nbSymbols[arg]];
    case Op.FORMAT_VALUE: {
      const parts = [["", "str", "repr", "ascii"][arg & 3]].filter((x) => x !== "");
      if (arg & 4) parts.push("with format");
      return [arg, parts.join(", ")];
    }
    case Op.MAKE_FUNCTION: {
      const names = ["defaults", "kwdefaults", "annotations", "closure"].filter((_, b) => arg & (1 << b));
      return [arg, names.join(", ")];
    }
  }
  if (isJump(op)) {
    const delta = arg > i ? arg - i - 1 : i + 1 - arg;
    return [delta, `to ${arg * 2}`];
  }
  return [arg, ""];
}

/** The disassembly of one code object (without nested ones). */
export function disassembleOne(code: CodeObject, out: string[]): void {
  const n = code.code.length >> 1;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i] as Op;
    if (isJump(op)) targets.add(code.code[2 * i + 1]);
  }
  for (const e of code.excTable) targets.add(e.target);
  let maxLine = 0;
  for (let i = 0; i < n; i++) maxLine = Math.max(maxLine, code.positions[4 * i]);
  const lineWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offWidth = (n - 1) * 2 >= 10000 ? String((n - 1) * 2).length : 4;
  let prevLine = -2;
  for (let i = 0; i < n; i++) {
    const op = code.code[2 * i] as Op;
    const arg = code.code[2 * i + 1];
    let line = code.positions[4 * i];
    if (i === 0 && op === Op.RESUME && code.name === "<module>") line = 0;
    const starts = line !== prevLine && line >= 0;
    if (starts) {
      if (i > 0) out.push("");
      prevLine = line;
    }
    const fields: string[] = [];
    fields.push(starts ? String(line).padStart(lineWidth) : " ".repeat(lineWidth));
    fields.push("   ");
    fields.push(targets.has(i) ? ">>" : "  ");
    fields.push(String(i * 2).padStart(offWidth));
    fields.push(opNames[op].padEnd(OPNAME_WIDTH));
    if (hasArg(op)) {
      const [shown, rep] = argRepr(code, i, op, arg);
      fields.push(String(shown).padStart(OPARG_WIDTH));
      if (rep !== "") fields.push(`(${rep})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (code.excTable.length) {
    out.push("ExceptionTable:");
    for (const e of code.excTable) {
      out.push(`  ${e.start * 2} to ${(e.end - 1) * 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

/** A code object and, recursively, the code objects among its constants. */
export function disassembleAll(code: CodeObject, out: string[]): void {
  disassembleOne(code, out);
  for (const c of code.consts) {
    if (c instanceof CodeObject) {
      out.push("");
      out.push(`Disassembly of ${codeRepr(c)}:`);
      disassembleAll(c, out);
    }
  }
}

function codeOf(x: PyObject): CodeObject | null {
  if (x instanceof CodeObject) return x;
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyMethod) return codeOf(x.func);
  return null;
}

/** `python -m dis FILE`: disassembles the whole module. */
export function* disMain(rt: RuntimeContext, args: PyObject[] | string[], write: (s: string) => void): NativeGen {
  const file = args[0] as string | undefined;
  let source: string;
  let filename: string;
  if (file === undefined || file === "-") {
    throw typeError("dis: reading the program from standard input is not supported");
  } else {
    const text = rt.host.readTextFile ? rt.host.readTextFile(file) : null;
    if (text === null) throw typeError(`dis: cannot read ${file}`);
    source = text;
    filename = file;
  }
  const code = compileSource(source, filename);
  const out: string[] = [];
  disassembleAll(code, out);
  write(out.join("\n") + "\n");
  return None;
}

export function createDis(rt: RuntimeContext): PyModule {
  const m = new PyModule("dis");
  defineModuleGenFunctions(m, {
    dis: function* (args) {
      const x = args.length ? args[0] : None;
      const out: string[] = [];
      if (x instanceof PyType) {
        for (const [name, v] of x.dict) {
          const c = codeOf(v);
          if (c === null) continue;
          out.push(`Disassembly of ${name}:`);
          disassembleAll(c, out);
          out.push("");
        }
      } else if (x instanceof PyModule) {
        for (const [name, v] of x.dict) {
          const c = codeOf(v);
          if (c === null) continue;
          out.push(`Disassembly of ${name}:`);
          disassembleAll(c, out);
          out.push("");
        }
      } else if (typeof x === "string") {
        disassembleAll(compileSource(x, "<dis>"), out);
      } else {
        const c = codeOf(x);
        if (c === null) throw typeError(`don't know how to disassemble ${(x as { type?: PyType }).type?.name ?? typeof x} objects`);
        disassembleAll(c, out);
      }
      yield* writeToSys(rt, "stdout", out.join("\n") + "\n");
      return None;
    },
  });
  m.dict.set("opname", new PyTuple(opNames));
  return m;
}
