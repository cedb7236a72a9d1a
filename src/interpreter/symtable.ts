// symtable.ts — scope analysis before compilation: which names of each block are local, global, free or
// cells, modelled on CPython 3.11's Python/symtable.c (two passes: collect uses/definitions, then resolve).
import type * as A from "./ast.js";
import { SyntaxErrorInfo } from "./ast.js";

// Definition flags collected in the first pass.
export const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 64,
  DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Where a name lives, as decided by the second pass. */
export const enum Sc { LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }

export type ScopeKind = "module" | "class" | "function";

export class Scope {
  symbols = new Map<string, number>();
  scopes = new Map<string, Sc>();
  children: Scope[] = [];
  /** Parameters in order, then other locals in order of first appearance. */
  varnames: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  isComprehension = false;
  isLambda = false;
  isNested = false;
  /** Class scope whose methods use `__class__` / zero-argument super(). */
  needsClassClosure = false;
  /** Annotated assignments at this block's top level (module/class need SETUP_ANNOTATIONS). */
  hasAnnotations = false;
  /** Names bound by comprehension iteration (walrus may not rebind them). */
  compIterNames = new Set<string>();
  constructor(
    public name: string,
    public kind: ScopeKind,
    public parent: Scope | null,
    public lineno: number,
  ) {}

  scopeOf(name: string): Sc {
    return this.scopes.get(name) ?? (this.kind === "function" ? Sc.GLOBAL_IMPLICIT : Sc.LOCAL);
  }
}

export class SymbolTable {
  /** AST node (function, class, lambda, comprehension) → its scope; the module node → the top scope. */
  byNode = new Map<object, Scope>();
  top!: Scope;
}

/** Runs both passes over `mod`; throws SyntaxErrorInfo with CPython's messages. */
export function buildSymtable(mod: A.Module | A.Expression | A.Interactive, lines: string[]): SymbolTable {
  const b = new Builder(lines);
  const top = new Scope("top", "module", null, 0);
  b.st.top = top;
  b.st.byNode.set(mod, top);
  b.cur = top;
  if (mod.kind === "Expression") b.expr(mod.body);
  else b.stmts(mod.body);
  analyze(b, top, null, new Set(), new Set());
  return b.st;
}

class Builder {
  st = new SymbolTable();
  cur!: Scope;
  constructor(readonly lines: string[]) {}

  error(msg: string, n: A.Pos): never {
    const text = n.lineno - 1 < this.lines.length ? this.lines[n.lineno - 1] + "\n" : null;
    throw new SyntaxErrorInfo("SyntaxError", msg, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, text);
  }

  add(name: string, flag: number, n: A.Pos | null, scope: Scope = this.cur): void {
    const name2 = mangle(scope, name);
    const old = scope.symbols.get(name2);
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM && n) this.error(`duplicate argument '${name}' in function definition`, n);
      scope.symbols.set(name2, old | flag);
    } else {
      scope.symbols.set(name2, flag);
    }
    if (flag & DEF_PARAM) scope.varnames.push(name2);
  }

  enter(name: string, kind: ScopeKind, node: object, lineno: number): Scope {
    const s = new Scope(name, kind, this.cur, lineno);
    s.isNested = this.cur.kind === "function" || this.cur.isNested;
    this.cur.children.push(s);
    this.st.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  leave(s: Scope): void {
    this.cur = s.parent!;
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  args(a: A.Arguments): void {
    for (const x of a.posonlyargs) this.add(x.arg, DEF_PARAM, x);
    for (const x of a.args) this.add(x.arg, DEF_PARAM, x);
    for (const x of a.kwonlyargs) this.add(x.arg, DEF_PARAM, x);
    if (a.vararg) this.add(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.add(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  argAnnotations(a: A.Arguments): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (x && x.annotation) this.expr(x.annotation);
    }
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.add(s.name, DEF_LOCAL, s);
        for (const d of s.args.defaults) this.expr(d);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.argAnnotations(s.args);
        if (s.returns) this.expr(s.returns);
        for (const d of s.decorator_list) this.expr(d);
        const sc = this.enter(s.name, "function", s, s.lineno);
        if (s.kind === "AsyncFunctionDef") sc.isCoroutine = true;
        this.args(s.args);
        this.stmts(s.body);
        this.leave(sc);
        break;
      }
      case "ClassDef": {
        this.add(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        const sc = this.enter(s.name, "class", s, s.lineno);
        this.stmts(s.body);
        this.leave(sc);
        break;
      }
      case "Return":
        if (s.value) this.expr(s.value);
        break;
      case "Delete":
        for (const t of s.targets) this.expr(t);
        break;
      case "Assign":
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign": {
        if (s.target.kind === "Name") {
          const name = mangle(this.cur, s.target.id);
          const old = this.cur.symbols.get(name) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            this.error(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? "global" : "nonlocal"}`, s);
          }
          if (s.simple) this.add(s.target.id, DEF_ANNOT | DEF_LOCAL, s);
          else if (s.value) this.add(s.target.id, DEF_LOCAL, s);
        } else {
          this.expr(s.target);
        }
        if (s.simple && this.cur.kind !== "function") this.cur.hasAnnotations = true;
        if (this.cur.kind !== "function" || !s.simple) this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.add(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (this.cur.kind !== "module") this.error("import * only allowed at module level", s);
            continue;
          }
          const bound = a.asname ?? (s.kind === "Import" ? a.name.split(".")[0] : a.name);
          this.add(bound, DEF_IMPORT, a);
        }
        break;
      case "Global":
      case "Nonlocal": {
        const isG = s.kind === "Global";
        if (!isG && this.cur.kind === "module") this.error("nonlocal declaration not allowed at module level", s);
        for (const name of s.names) {
          const m = mangle(this.cur, name);
          const cur = this.cur.symbols.get(m) ?? 0;
          const kw = isG ? "global" : "nonlocal";
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            this.error(msg, s);
          }
          if (isG && cur & DEF_NONLOCAL) this.error(`name '${name}' is nonlocal and global`, s);
          if (!isG && cur & DEF_GLOBAL) this.error(`name '${name}' is nonlocal and global`, s);
          if (!isG) noteNonlocal(this.cur, m, s);
          this.add(name, isG ? DEF_GLOBAL : DEF_NONLOCAL, s);
        }
        break;
      }
      case "Expr":
        this.expr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  expr(e: A.Expr): void {
    switch (e.kind) {
      case "Name":
        this.add(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
        // zero-argument super() needs the __class__ cell (CPython symtable.c: symtable_visit_expr, Name_kind)
        if (e.ctx === "Load" && this.cur.kind === "function" && e.id === "super") this.add("__class__", USE, e);
        break;
      case "BoolOp":
        for (const v of e.values) this.expr(v);
        break;
      case "NamedExpr":
        this.expr(e.value);
        this.namedExprTarget(e);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda": {
        for (const d of e.args.defaults) this.expr(d);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        const sc = this.enter("lambda", "function", e, e.lineno);
        sc.isLambda = true;
        this.args(e.args);
        this.expr(e.body);
        this.leave(sc);
        break;
      }
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        break;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.expr(x);
        break;
      case "ListComp":
        this.comprehension(e, "listcomp", [e.elt], e.generators);
        break;
      case "SetComp":
        this.comprehension(e, "setcomp", [e.elt], e.generators);
        break;
      case "DictComp":
        this.comprehension(e, "dictcomp", [e.key, e.value], e.generators);
        break;
      case "GeneratorExp":
        this.comprehension(e, "genexpr", [e.elt], e.generators);
        break;
      case "Await":
        this.expr(e.value);
        // CPython's symtable (Await_kind): a comprehension with an await in it is itself a coroutine, which
        // the enclosing async function awaits
        if (this.cur.isComprehension) this.cur.isCoroutine = true;
        break;
      case "Yield":
      case "YieldFrom":
        if (e.value) this.expr(e.value);
        if (this.cur.kind === "function") {
          if (this.cur.isComprehension) {
            const what = this.cur.name.slice(1, -1);
            const noun = what === "genexpr" ? "generator expression" : what === "listcomp" ? "list comprehension"
              : what === "setcomp" ? "set comprehension" : "dict comprehension";
            this.error(`'yield' inside ${noun}`, e);
          }
          this.cur.isGenerator = true;
        }
        break;
      case "Compare":
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        break;
      case "Call":
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        for (const v of e.values) this.expr(v);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  comprehension(e: A.Expr, name: string, elts: A.Expr[], gens: A.Comprehension[]): void {
    // The outermost iterable is evaluated in the enclosing scope (CPython symtable_handle_comprehension).
    this.expr(gens[0].iter);
    const sc = this.enter(`<${name}>`, "function", e, e.lineno);
    sc.isComprehension = true;
    if (name === "genexpr") sc.isGenerator = true;
    if (gens.some((g) => g.is_async)) sc.isCoroutine = true;
    this.add(".0", DEF_PARAM, null);
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) this.expr(g.iter);
      for (const c of g.ifs) this.expr(c);
    });
    for (const x of elts) this.expr(x);
    this.leave(sc);
    // awaiting an async comprehension makes an enclosing comprehension async too (CPython's symtable)
    if (sc.isCoroutine && name !== "genexpr" && this.cur.isComprehension) this.cur.isCoroutine = true;
  }

  compTarget(t: A.Expr): void {
    if (t.kind === "Name") {
      this.add(t.id, DEF_LOCAL | DEF_COMP_ITER, t);
      this.cur.compIterNames.add(t.id);
    } else if (t.kind === "Tuple" || t.kind === "List") {
      for (const x of t.elts) this.compTarget(x);
    } else if (t.kind === "Starred") {
      this.compTarget(t.value);
    } else {
      this.expr(t);
    }
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module (PEP 572). */
  namedExprTarget(e: A.NamedExpr): void {
    const name = e.target.id;
    if (!this.cur.isComprehension) {
      this.add(name, DEF_LOCAL, e.target);
      return;
    }
    for (let s: Scope | null = this.cur; s; s = s.parent) {
      if (s.isComprehension && s.compIterNames.has(name)) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e.target);
      }
    }
    let s: Scope = this.cur;
    while (s.isComprehension) {
      s = s.parent!;
    }
    if (s.kind === "class") {
      this.error("assignment expression within a comprehension cannot be used in a class body", e.target);
    }
    if (s.kind === "function") {
      this.add(name, DEF_LOCAL, e.target, s);
      for (let c: Scope = this.cur; c !== s; c = c.parent!) this.add(name, DEF_NONLOCAL, e.target, c);
    } else {
      this.add(name, DEF_LOCAL, e.target, s);
      for (let c: Scope = this.cur; c !== s; c = c.parent!) this.add(name, DEF_GLOBAL, e.target, c);
    }
    this.add(name, USE, null);
  }
}

/** Private name mangling inside classes (`__x` → `_Class__x`), as CPython's _Py_Mangle. */
export function mangle(scope: Scope, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  let s: Scope | null = scope;
  while (s && s.kind !== "class") s = s.parent;
  if (!s) return name;
  const cls = s.name.replace(/^_+/, "");
  if (cls === "") return name;
  return "_" + cls + name;
}

/** Second pass (CPython analyze_block): decide each name's scope, creating cells for captured locals. */
function analyze(b: Builder, s: Scope, bound: Set<string> | null, globals: Set<string>, _unused: Set<string>): Set<string> {
  const localNames = new Set<string>();
  const newGlobals = new Set(globals);
  for (const [name, flags] of s.symbols) {
    let sc: Sc;
    if (flags & DEF_GLOBAL) {
      sc = Sc.GLOBAL_EXPLICIT;
      newGlobals.add(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!bound || !bound.has(name)) {
        b.error(`no binding for nonlocal '${name}' found`, findNonlocal(b, s, name));
      }
      sc = Sc.FREE;
    } else if (flags & DEF_BOUND) {
      sc = Sc.LOCAL;
      localNames.add(name);
      if (s.kind !== "class") newGlobals.delete(name);
    } else if (bound && bound.has(name)) {
      sc = Sc.FREE;
    } else if (globals.has(name)) {
      sc = Sc.GLOBAL_IMPLICIT;
    } else {
      sc = s.kind === "function" ? Sc.GLOBAL_IMPLICIT : Sc.LOCAL;
      if (s.kind !== "function" && !(flags & DEF_BOUND)) sc = Sc.GLOBAL_IMPLICIT;
    }
    s.scopes.set(name, sc);
  }
  // names bound in enclosing functions that children may capture
  let childBound: Set<string> | null;
  if (s.kind === "function") {
    childBound = new Set(bound ?? []);
    for (const n of localNames) childBound.add(n);
    for (const [n, sc] of s.scopes) if (sc === Sc.FREE) childBound.add(n);
  } else if (s.kind === "class") {
    childBound = new Set(bound ?? []);
    childBound.add("__class__");
  } else {
    childBound = null;
  }
  const free = new Set<string>();
  for (const c of s.children) {
    const cf = analyze(b, c, childBound, s.kind === "function" ? new Set([...newGlobals].filter((n) => !localNames.has(n))) : newGlobals, _unused);
    for (const n of cf) free.add(n);
  }
  // children's free variables: make cells of our locals, pass the rest up
  for (const n of free) {
    const sc = s.scopes.get(n);
    if (s.kind === "class" && n === "__class__") {
      s.needsClassClosure = true;
      continue;
    }
    if (s.kind === "function" && sc === Sc.LOCAL) {
      s.scopes.set(n, Sc.CELL);
      continue;
    }
    if (sc === Sc.CELL) continue;
    if (sc === Sc.GLOBAL_EXPLICIT || (sc === Sc.GLOBAL_IMPLICIT && !(bound && bound.has(n)))) continue;
    if (s.kind === "class" && sc === Sc.LOCAL) {
      // bound in the class body and free in a method: the class reads its own first (LOAD_CLASSDEREF)
      s.symbols.set(n, (s.symbols.get(n) ?? 0) | DEF_FREE_CLASS);
    } else if (sc === undefined || sc === Sc.GLOBAL_IMPLICIT) {
      s.scopes.set(n, Sc.FREE);
    }
  }
  const myFree = new Set<string>();
  for (const [n, sc] of s.scopes) if (sc === Sc.FREE) myFree.add(n);
  for (const n of free) {
    if (s.kind === "class" && n === "__class__") continue;
    if (s.symbols.get(n)! & DEF_FREE_CLASS) myFree.add(n);
  }
  // varnames: parameters are already listed; add the other locals in order
  if (s.kind === "function") {
    for (const [n, sc] of s.scopes) {
      if (sc === Sc.LOCAL && !s.varnames.includes(n)) s.varnames.push(n);
    }
  }
  return myFree;
}

function findNonlocal(b: Builder, s: Scope, name: string): A.Pos {
  const found = nonlocalPos.get(s)?.get(name);
  return found ?? { lineno: s.lineno, col_offset: 0, end_lineno: s.lineno, end_col_offset: 0 };
}
const nonlocalPos = new WeakMap<Scope, Map<string, A.Pos>>();
/** Remembers where `nonlocal name` was written, for the "no binding" error's location. */
export function noteNonlocal(s: Scope, name: string, pos: A.Pos): void {
  let m = nonlocalPos.get(s);
  if (!m) nonlocalPos.set(s, (m = new Map()));
  if (!m.has(name)) m.set(name, pos);
}
