// compiler.ts — statement compilation and the compile() entry point: AST → CodeObject, following CPython
// 3.11's Python/compile.c (loops, try/except/finally and with via the exception table, unwinding of
// finally/with blocks on return/break/continue, functions, classes via LOAD_BUILD_CLASS, imports).
import type * as A from "./ast.js";
import { Op, CO } from "./opcodes.js";
import { FBlock } from "./compiler-unit.js";
import { CodeObject } from "./code.js";
import { buildSymtable, Scope } from "./symtable.js";
import { ExprCompiler, inplaceOps, constValue } from "./compiler-expr.js";
import { None, newTuple } from "../runtime/object.js";

export type CompileMode = "exec" | "eval" | "single";

/** Compiles a parsed module; throws SyntaxErrorInfo for errors CPython's compiler reports. */
export function compileAst(mod: A.Module | A.Expression | A.Interactive, filename: string, source: string): CodeObject {
  const lines = source.split(/\r\n|\r|\n/);
  const st = buildSymtable(mod, lines);
  const c = new Compiler(st, filename, lines);
  return c.module(mod);
}

class Compiler extends ExprCompiler {
  module(mod: A.Module | A.Expression | A.Interactive): CodeObject {
    const u = this.enterUnit(this.st.top, "<module>", "<module>", 1);
    this.interactive = mod.kind === "Interactive";
    u.loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    if (mod.kind === "Expression") {
      u.loc = mod.body;
      u.emit(Op.RESUME, 0);
      this.expr(mod.body);
      u.emit(Op.RETURN_VALUE);
      return this.leaveUnit();
    }
    const body = mod.body;
    if (body.length) u.loc = { ...body[0], end_lineno: body[0].lineno, end_col_offset: body[0].col_offset };
    u.emit(Op.RESUME, 0);
    if (this.st.top.hasAnnotations) u.emit(Op.SETUP_ANNOTATIONS);
    let start = 0;
    const doc = docstring(body);
    if (doc !== null && mod.kind === "Module") {
      u.loc = body[0];
      this.loadConst(doc);
      this.nameOp("__doc__", "Store");
      start = 1;
    }
    this.stmts(body.slice(start));
    this.loadConst(None);
    u.emit(Op.RETURN_VALUE);
    return this.leaveUnit();
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = s;
    this.stmt1(s);
    u.loc = saved;
  }

  private stmt1(s: A.Stmt): void {
    const u = this.u;
    switch (s.kind) {
      case "Expr":
        if (this.interactive && this.scope.kind === "module" && this.units.length === 1) {
          this.expr(s.value);
          u.emit(Op.PRINT_EXPR);
          return;
        }
        if (s.value.kind === "Constant") {
          u.emit(Op.NOP);
          return;
        }
        this.expr(s.value);
        u.loc = s;
        u.emit(Op.POP_TOP);
        return;
      case "Assign": {
        this.expr(s.value);
        const n = s.targets.length;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) u.emit(Op.COPY, 1);
          this.store(s.targets[i]);
        }
        return;
      }
      case "AugAssign":
        this.augAssign(s);
        return;
      case "AnnAssign":
        this.annAssign(s);
        return;
      case "Pass":
        u.emit(Op.NOP);
        return;
      case "If": {
        const orelse = u.newLabel(), end = u.newLabel();
        this.jumpIf(s.test, orelse, false);
        this.stmts(s.body);
        if (s.orelse.length) {
          u.jump(Op.JUMP_FORWARD, end);
          u.place(orelse);
          this.stmts(s.orelse);
        } else {
          u.place(orelse);
        }
        u.place(end);
        return;
      }
      case "While":
        this.whileLoop(s);
        return;
      case "For":
        this.forLoop(s);
        return;
      case "AsyncFor":
        this.asyncFor(s);
        return;
      case "Break":
      case "Continue":
        this.breakContinue(s);
        return;
      case "Return":
        this.returnStmt(s);
        return;
      case "Delete":
        for (const t of s.targets) this.del(t);
        return;
      case "Raise":
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        u.loc = s;
        u.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
        return;
      case "Assert": {
        const end = u.newLabel();
        this.jumpIf(s.test, end, true);
        u.loc = s.test; // the failing assert points at its test, as in CPython 3.11
        u.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          u.loc = s.test;
          u.emit(Op.PRECALL, 0);
          u.emit(Op.CALL, 0);
        }
        u.emit(Op.RAISE_VARARGS, 1);
        u.place(end);
        return;
      }
      case "Try":
      case "TryStar":
        if (s.finalbody.length) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case "With":
      case "AsyncWith":
        this.withStmt(s, 0);
        return;
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.functionDef(s);
        return;
      case "ClassDef":
        this.classDef(s);
        return;
      case "Import":
        this.importStmt(s);
        return;
      case "ImportFrom":
        this.importFrom(s);
        return;
      case "Global":
      case "Nonlocal":
        return;
    }
  }

  augAssign(s: A.AugAssign): void {
    const u = this.u, t = s.target;
    const op = inplaceOps[s.op];
    switch (t.kind) {
      case "Name":
        u.loc = t;
        this.nameOp(t.id, "Load");
        this.expr(s.value);
        u.loc = s;
        u.emit(Op.BINARY_OP, op);
        u.loc = t;
        this.nameOp(t.id, "Store");
        return;
      case "Attribute": {
        this.expr(t.value);
        u.loc = t;
        u.emit(Op.COPY, 1);
        const ni = u.nameIndex(this.mangled(t.attr));
        u.emit(Op.LOAD_ATTR, ni);
        this.expr(s.value);
        u.loc = s;
        u.emit(Op.BINARY_OP, op);
        u.loc = t;
        u.emit(Op.SWAP, 2);
        u.emit(Op.STORE_ATTR, ni);
        return;
      }
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        u.loc = t;
        u.emit(Op.COPY, 2);
        u.emit(Op.COPY, 2);
        u.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        u.loc = s;
        u.emit(Op.BINARY_OP, op);
        u.loc = t;
        u.emit(Op.SWAP, 3);
        u.emit(Op.SWAP, 2);
        u.emit(Op.STORE_SUBSCR);
        return;
    }
    this.error(`'${describeAug(t)}' is an illegal expression for augmented assignment`, t);
  }

  mangled(name: string): string {
    let s: Scope | null = this.scope;
    while (s && s.kind !== "class") s = s.parent;
    if (!s || !name.startsWith("__") || name.endsWith("__")) return name;
    const cls = s.name.replace(/^_+/, "");
    return cls ? "_" + cls + name : name;
  }

  annAssign(s: A.AnnAssign): void {
    const u = this.u, t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.store(t);
    }
    if (t.kind === "Name") {
      if (s.simple && this.scope.kind !== "function") {
        this.expr(s.annotation);
        u.loc = s;
        this.nameOp("__annotations__", "Load");
        this.loadConst(this.mangled(t.id));
        u.emit(Op.STORE_SUBSCR);
      }
    } else if (!s.value) {
      // `obj.x: int` with no value still evaluates the target's object (CPython check_ann_expr)
      if (t.kind === "Attribute") {
        this.expr(t.value);
        u.emit(Op.POP_TOP);
      } else if (t.kind === "Subscript") {
        this.expr(t.value);
        u.emit(Op.POP_TOP);
        this.expr(t.slice);
        u.emit(Op.POP_TOP);
      }
      if (this.scope.kind !== "function") {
        this.expr(s.annotation);
        u.emit(Op.POP_TOP);
      }
    }
  }

  // ---- loops ----

  pushFBlock(kind: FBlock["kind"], label: number, exit: number, datum: unknown = null): FBlock {
    const f: FBlock = { kind, label, exit, datum };
    (f as FBlockH).hdepth = this.u.handlers.length;
    this.u.fblocks.push(f);
    return f;
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  whileLoop(s: A.While): void {
    const u = this.u;
    const loop = u.newLabel(), body = u.newLabel(), orelse = u.newLabel(), end = u.newLabel();
    u.place(loop);
    this.jumpIf(s.test, orelse, false);
    u.place(body);
    this.pushFBlock("while", loop, end);
    this.stmts(s.body);
    this.popFBlock();
    u.loc = s.test;
    this.jumpIf(s.test, body, true);
    u.place(orelse);
    this.stmts(s.orelse);
    u.place(end);
  }

  forLoop(s: A.For): void {
    const u = this.u;
    const start = u.newLabel(), cleanup = u.newLabel(), end = u.newLabel();
    this.expr(s.iter);
    u.loc = s; // CPython 3.11 gives GET_ITER and FOR_ITER the for statement's location
    u.emit(Op.GET_ITER);
    u.place(start);
    u.jump(Op.FOR_ITER, cleanup);
    // `for x in gen():` owns the generator it made; leaving the loop early drops the last reference, and
    // CPython's refcounting closes it there (its finally blocks run). POP_TOP 1 asks the VM to do the same.
    // iter(g) usually returns a generator stored elsewhere, so it is left alone.
    const owned = s.iter.kind === "Call" && !(s.iter.func.kind === "Name" && s.iter.func.id === "iter");
    this.pushFBlock("for", start, end, owned);
    this.store(s.target);
    this.stmts(s.body);
    this.popFBlock();
    u.loc = s;
    u.jump(Op.JUMP_BACKWARD, start);
    u.place(cleanup);
    this.stmts(s.orelse);
    u.place(end);
  }

  asyncFor(s: A.For): void {
    const u = this.u;
    if (!this.scope.isCoroutine && !this.scope.isComprehension) {
      this.error(this.scope.kind === "function" ? "'async for' outside async function" : "'async for' outside async function", s);
    }
    const start = u.newLabel(), except = u.newLabel(), end = u.newLabel();
    this.expr(s.iter);
    u.loc = s.iter;
    u.emit(Op.GET_AITER);
    u.place(start);
    this.pushFBlock("for", start, end);
    u.pushHandler(except);
    u.emit(Op.GET_ANEXT);
    this.loadConst(None);
    this.yieldFromLoop(3);
    u.popHandler();
    this.store(s.target);
    this.stmts(s.body);
    this.popFBlock();
    u.jump(Op.JUMP_BACKWARD, start);
    u.place(except);
    u.loc = s;
    u.emit(Op.END_ASYNC_FOR);
    this.stmts(s.orelse);
    u.place(end);
  }

  breakContinue(s: A.Break | A.Continue): void {
    const u = this.u;
    const isBreak = s.kind === "Break";
    let loopIdx = -1;
    for (let i = u.fblocks.length - 1; i >= 0; i--) {
      const k = u.fblocks[i].kind;
      if (k === "while" || k === "for") {
        loopIdx = i;
        break;
      }
    }
    if (loopIdx < 0) this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    const savedHandlers = u.handlers.slice();
    const savedBlocks = u.fblocks.slice();
    // unwind the blocks inside the loop, innermost first
    while (u.fblocks.length - 1 > loopIdx) {
      const f = u.fblocks.pop()!;
      this.unwind(f, false);
    }
    const loop = u.fblocks[loopIdx];
    u.loc = s;
    if (isBreak) {
      if (loop.kind === "for") this.unwind(loop, false);
      u.jump(Op.JUMP_FORWARD, loop.exit);
    } else {
      u.jump(Op.JUMP_FORWARD, loop.label);
    }
    u.handlers = savedHandlers;
    u.fblocks = savedBlocks;
  }

  returnStmt(s: A.Return): void {
    const u = this.u;
    if (this.scope.kind !== "function") this.error("'return' outside function", s);
    if (s.value && this.scope.isCoroutine && this.scope.isGenerator) this.error("'return' with value in async generator", s);
    if (s.value) this.expr(s.value);
    else if (u.fblocks.length === 0) {
      this.loadConst(None);
    }
    const preserve = !!s.value;
    const savedHandlers = u.handlers.slice();
    const savedBlocks = u.fblocks.slice();
    while (u.fblocks.length) {
      const f = u.fblocks.pop()!;
      this.unwind(f, preserve);
    }
    u.loc = s;
    if (!s.value && savedBlocks.length) this.loadConst(None);
    u.emit(Op.RETURN_VALUE);
    u.handlers = savedHandlers;
    u.fblocks = savedBlocks;
  }

  /** Emits the exit actions of a block being left by return/break/continue (CPython compiler_unwind_fblock). */
  unwind(f: FBlock, preserveTos: boolean): void {
    const u = this.u;
    const popBlock = () => {
      u.handlers.length = Math.min(u.handlers.length, (f as FBlockH).hdepth);
    };
    switch (f.kind) {
      case "while":
      case "exception_handler":
        return;
      case "for":
      case "async_for":
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP, f.datum === true ? 1 : 0);
        return;
      case "try_except":
        popBlock();
        return;
      case "finally_try": {
        popBlock();
        if (preserveTos) this.pushFBlock("pop_value", -1, -1);
        this.stmts(f.datum as A.Stmt[]);
        if (preserveTos) this.popFBlock();
        return;
      }
      case "finally_end":
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        if (preserveTos) u.emit(Op.SWAP, 2);
        popBlock();
        u.emit(Op.POP_EXCEPT);
        return;
      case "with":
      case "async_with":
        popBlock();
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.loc = f.datum as A.Pos;
        this.withExitCall(f.kind === "async_with");
        return;
      case "handler_cleanup": {
        popBlock();
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        const name = f.datum as string | null;
        if (name !== null) {
          this.loadConst(None);
          this.nameOp(name, "Store");
          this.nameOp(name, "Del");
        }
        return;
      }
      case "pop_value":
        if (preserveTos) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        return;
    }
  }

  /** exit(None, None, None) for a with block left normally; the result is discarded. */
  withExitCall(isAsync: boolean): void {
    const u = this.u;
    this.loadConst(None);
    this.loadConst(None);
    this.loadConst(None);
    u.emit(Op.PRECALL, 2);
    u.emit(Op.CALL, 2);
    if (isAsync) {
      u.emit(Op.GET_AWAITABLE, 2);
      this.loadConst(None);
      this.yieldFromLoop(3);
    }
    u.emit(Op.POP_TOP);
  }

  // ---- exceptions ----

  tryExcept(s: A.Try): void {
    const u = this.u;
    const except = u.newLabel(), orelse = u.newLabel(), cleanup = u.newLabel(), end = u.newLabel();
    u.emit(Op.NOP);
    u.pushHandler(except);
    this.pushFBlock("try_except", -1, -1);
    this.stmts(s.body);
    this.popFBlock();
    u.popHandler();
    u.place(orelse);
    this.stmts(s.orelse);
    u.jump(Op.JUMP_FORWARD, end);
    u.place(except);
    u.loc = s.handlers.length ? s.handlers[0] : s;
    u.pushHandler(cleanup, 0, true);
    u.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock("exception_handler", -1, -1);
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      u.loc = h;
      if (!h.type && i < n - 1) this.error("default 'except:' must be last", h);
      const next = u.newLabel();
      if (h.type) {
        this.expr(h.type);
        u.loc = h;
        u.emit(Op.CHECK_EXC_MATCH);
        u.jump(Op.POP_JUMP_FORWARD_IF_FALSE, next);
      }
      if (h.name) {
        this.nameOp(h.name, "Store");
        const cleanupEnd = u.newLabel();
        u.pushHandler(cleanupEnd, 0, true);
        this.pushFBlock("handler_cleanup", -1, -1, h.name);
        this.stmts(h.body);
        this.popFBlock();
        u.popHandler();
        u.loc = h;
        u.emit(Op.POP_EXCEPT);
        this.loadConst(None);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
        u.jump(Op.JUMP_FORWARD, end);
        u.place(cleanupEnd);
        this.loadConst(None);
        this.nameOp(h.name, "Store");
        this.nameOp(h.name, "Del");
        u.emit(Op.RERAISE, 1);
      } else {
        u.emit(Op.POP_TOP);
        this.pushFBlock("handler_cleanup", -1, -1, null);
        this.stmts(h.body);
        this.popFBlock();
        u.loc = h;
        u.emit(Op.POP_EXCEPT);
        u.jump(Op.JUMP_FORWARD, end);
      }
      u.place(next);
    }
    this.popFBlock();
    u.loc = s;
    u.emit(Op.RERAISE, 0);
    u.popHandler();
    u.place(cleanup);
    this.cleanupBlock();
    u.place(end);
  }

  /** The handler that restores the previous exception and re-raises: COPY 3, POP_EXCEPT, RERAISE 1. */
  cleanupBlock(): void {
    const u = this.u;
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
  }

  tryFinally(s: A.Try): void {
    const u = this.u;
    const excPath = u.newLabel(), cleanup = u.newLabel(), exit = u.newLabel();
    u.emit(Op.NOP);
    u.pushHandler(excPath);
    this.pushFBlock("finally_try", -1, -1, s.finalbody);
    if (s.handlers.length) this.tryExcept(s);
    else this.stmts(s.body);
    this.popFBlock();
    u.popHandler();
    this.stmts(s.finalbody);
    u.jump(Op.JUMP_FORWARD, exit);
    u.place(excPath);
    u.loc = s.finalbody[0];
    u.pushHandler(cleanup, 0, true);
    u.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock("finally_end", -1, -1);
    this.stmts(s.finalbody);
    this.popFBlock();
    u.loc = s.finalbody[s.finalbody.length - 1];
    u.emit(Op.RERAISE, 0);
    u.popHandler();
    u.place(cleanup);
    this.cleanupBlock();
    u.place(exit);
  }

  withStmt(s: A.With, i: number): void {
    const u = this.u;
    const isAsync = s.kind === "AsyncWith";
    if (isAsync && !this.scope.isCoroutine) this.error("'async with' outside async function", s);
    const item = s.items[i];
    const final = u.newLabel(), cleanup = u.newLabel(), exit = u.newLabel(), suppress = u.newLabel();
    this.expr(item.context_expr);
    u.loc = s;
    if (isAsync) {
      u.emit(Op.BEFORE_ASYNC_WITH);
      u.emit(Op.GET_AWAITABLE, 1);
      this.loadConst(None);
      this.yieldFromLoop(3);
    } else {
      u.emit(Op.BEFORE_WITH);
    }
    u.pushHandler(final, -1, true);
    this.pushFBlock(isAsync ? "async_with" : "with", -1, -1, s);
    if (item.optional_vars) this.store(item.optional_vars);
    else u.emit(Op.POP_TOP);
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.stmts(s.body);
    this.popFBlock();
    u.popHandler();
    u.loc = s;
    this.withExitCall(isAsync);
    u.jump(Op.JUMP_FORWARD, exit);
    u.place(final);
    u.pushHandler(cleanup, 0, true);
    u.emit(Op.PUSH_EXC_INFO);
    u.emit(Op.WITH_EXCEPT_START);
    if (isAsync) {
      u.emit(Op.GET_AWAITABLE, 2);
      this.loadConst(None);
      this.yieldFromLoop(3);
    }
    u.jump(Op.POP_JUMP_FORWARD_IF_TRUE, suppress);
    u.emit(Op.RERAISE, 2);
    u.place(suppress);
    u.emit(Op.POP_TOP);
    u.popHandler();
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.POP_TOP);
    u.emit(Op.POP_TOP);
    u.jump(Op.JUMP_FORWARD, exit);
    u.place(cleanup);
    this.cleanupBlock();
    u.place(exit);
  }

  // ---- definitions ----

  functionDef(s: A.FunctionDef): void {
    const u = this.u;
    for (const d of s.decorator_list) this.expr(d);
    u.loc = s;
    const flags = this.functionExtras(s.args, s.returns, true);
    const scope = this.st.byNode.get(s)!;
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const fu = this.enterUnit(scope, s.name, this.qualname(s.name), firstline);
    this.setArgCounts(fu, s.args);
    fu.loc = s;
    this.prologue();
    const doc = docstring(s.body);
    fu.constIndex(doc ?? None);
    this.stmts(doc !== null ? s.body.slice(1) : s.body);
    this.implicitReturn(s.body);
    const code = this.leaveUnit();
    code.docstring = doc;
    u.loc = s;
    this.makeClosure(code, flags);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      u.loc = s.decorator_list[i];
      u.emit(Op.PRECALL, 0);
      u.emit(Op.CALL, 0);
    }
    u.loc = s;
    this.nameOp(s.name, "Store");
  }

  implicitReturn(body: A.Stmt[]): void {
    const u = this.u;
    const last = body[body.length - 1];
    if (last && last.kind === "Return") return;
    if (last) u.loc = lastLoc(last);
    this.loadConst(None);
    u.emit(Op.RETURN_VALUE);
  }

  classDef(s: A.ClassDef): void {
    const u = this.u;
    for (const d of s.decorator_list) this.expr(d);
    u.loc = s;
    u.emit(Op.PUSH_NULL);
    u.emit(Op.LOAD_BUILD_CLASS);
    const scope = this.st.byNode.get(s)!;
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const qn = this.qualname(s.name);
    const cu = this.enterUnit(scope, s.name, qn, firstline);
    cu.loc = s;
    this.prologue();
    this.nameOp("__name__", "Load");
    this.nameOp("__module__", "Store");
    this.loadConst(qn);
    this.nameOp("__qualname__", "Store");
    let body = s.body;
    const doc = docstring(body);
    if (doc !== null) {
      cu.loc = body[0];
      this.loadConst(doc);
      this.nameOp("__doc__", "Store");
      body = body.slice(1);
    }
    if (scope.hasAnnotations) cu.emit(Op.SETUP_ANNOTATIONS);
    this.stmts(body);
    cu.loc = s.body.length ? lastLoc(s.body[s.body.length - 1]) : s;
    if (scope.needsClassClosure) {
      cu.emit(Op.LOAD_CLOSURE, cu.fast.get("__class__")!);
      cu.emit(Op.COPY, 1);
      cu.emit(Op.STORE_NAME, cu.nameIndex("__classcell__"));
    } else {
      this.loadConst(None);
    }
    cu.emit(Op.RETURN_VALUE);
    const code = this.leaveUnit();
    u.loc = s;
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    const call: A.Call = { kind: "Call", func: s as unknown as A.Expr, args: s.bases, keywords: s.keywords, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
    this.callArgs(call, 2);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      u.loc = s.decorator_list[i];
      u.emit(Op.PRECALL, 0);
      u.emit(Op.CALL, 0);
    }
    u.loc = s;
    this.nameOp(s.name, "Store");
  }

  // ---- imports ----

  importStmt(s: A.Import): void {
    const u = this.u;
    for (const a of s.names) {
      this.loadConst(0);
      this.loadConst(None);
      u.emit(Op.IMPORT_NAME, u.nameIndex(a.name));
      if (a.asname) {
        const parts = a.name.split(".");
        for (let i = 1; i < parts.length; i++) {
          u.emit(Op.IMPORT_FROM, u.nameIndex(parts[i]));
          u.emit(Op.SWAP, 2);
          u.emit(Op.POP_TOP);
        }
        this.nameOp(a.asname, "Store");
      } else {
        this.nameOp(a.name.split(".")[0], "Store");
      }
    }
  }

  importFrom(s: A.ImportFrom): void {
    const u = this.u;
    this.loadConst(s.level);
    this.loadConst(newTuple(s.names.map((a) => a.name)));
    u.emit(Op.IMPORT_NAME, u.nameIndex(s.module ?? ""));
    if (s.names.length === 1 && s.names[0].name === "*") {
      u.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      u.loc = a;
      u.emit(Op.IMPORT_FROM, u.nameIndex(a.name));
      this.nameOp(a.asname ?? a.name, "Store");
    }
    u.loc = s;
    u.emit(Op.POP_TOP);
  }
}

type FBlockH = FBlock & { hdepth: number };

function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === "Expr" && first.value.kind === "Constant" && typeof first.value.value === "string") {
    return first.value.value;
  }
  return null;
}

/** Where CPython puts the implicit `return None`: the last line of the body's last statement. */
function lastLoc(s: A.Stmt): A.Pos {
  return s;
}

function describeAug(t: A.Expr): string {
  switch (t.kind) {
    case "Tuple": return "tuple";
    case "List": return "list";
  }
  return "expression";
}

export { constValue, CO };
