// ast.ts — the typed Python AST: node kinds and fields mirror CPython 3.11's `ast` module one for one.
// Every node carries lineno/col_offset/end_lineno/end_col_offset as CPython does (lines 1-based, columns
// 0-based in UTF-8 bytes in CPython; here in code points of the original source line, see `Pos`).

/** Positions: 1-based lines, 0-based columns counted in code points of the original line. */
export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift"
  | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type BoolOperator = "And" | "Or";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";
export type ExprContext = "Load" | "Store" | "Del";

export interface Module { kind: "Module"; body: Stmt[]; }
/** `eval` mode: a single expression (used by the REPL and eval()). */
export interface Expression { kind: "Expression"; body: Expr; }
/** `single` mode: one interactive statement (REPL); expression statements print their value. */
export interface Interactive { kind: "Interactive"; body: Stmt[]; }

// ---- statements ----
export interface Arg extends Pos { kind: "arg"; arg: string; annotation: Expr | null; }
export interface Arguments {
  kind: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[]; // one per kwonlyarg, null when it has no default
  kwarg: Arg | null;
  defaults: Expr[];             // for the last len(defaults) of posonlyargs+args
}
export interface Keyword extends Pos { kind: "keyword"; arg: string | null; value: Expr; } // arg null: **value
export interface Alias extends Pos { kind: "alias"; name: string; asname: string | null; } // name may be dotted
export interface WithItem { kind: "withitem"; context_expr: Expr; optional_vars: Expr | null; }
export interface ExceptHandler extends Pos { kind: "ExceptHandler"; type: Expr | null; name: string | null; body: Stmt[]; }
export interface Comprehension { kind: "comprehension"; target: Expr; iter: Expr; ifs: Expr[]; is_async: boolean; }

export interface FunctionDef extends Pos {
  kind: "FunctionDef" | "AsyncFunctionDef";
  name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
}
export interface ClassDef extends Pos {
  kind: "ClassDef"; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { kind: "Return"; value: Expr | null; }
export interface Delete extends Pos { kind: "Delete"; targets: Expr[]; }
export interface Assign extends Pos { kind: "Assign"; targets: Expr[]; value: Expr; }
export interface AugAssign extends Pos { kind: "AugAssign"; target: Expr; op: Operator; value: Expr; }
export interface AnnAssign extends Pos { kind: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: boolean; }
export interface For extends Pos { kind: "For" | "AsyncFor"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface While extends Pos { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface If extends Pos { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[]; }
export interface With extends Pos { kind: "With" | "AsyncWith"; items: WithItem[]; body: Stmt[]; }
export interface Raise extends Pos { kind: "Raise"; exc: Expr | null; cause: Expr | null; }
export interface Try extends Pos { kind: "Try" | "TryStar"; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; }
export interface Assert extends Pos { kind: "Assert"; test: Expr; msg: Expr | null; }
export interface Import extends Pos { kind: "Import"; names: Alias[]; }
export interface ImportFrom extends Pos { kind: "ImportFrom"; module: string | null; names: Alias[]; level: number; }
export interface Global extends Pos { kind: "Global"; names: string[]; }
export interface Nonlocal extends Pos { kind: "Nonlocal"; names: string[]; }
export interface ExprStmt extends Pos { kind: "Expr"; value: Expr; }
export interface Pass extends Pos { kind: "Pass"; }
export interface Break extends Pos { kind: "Break"; }
export interface Continue extends Pos { kind: "Continue"; }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If | With
  | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----
export interface BoolOp extends Pos { kind: "BoolOp"; op: BoolOperator; values: Expr[]; }
export interface NamedExpr extends Pos { kind: "NamedExpr"; target: Name; value: Expr; }
export interface BinOp extends Pos { kind: "BinOp"; left: Expr; op: Operator; right: Expr; }
export interface UnaryOp extends Pos { kind: "UnaryOp"; op: UnaryOperator; operand: Expr; }
export interface Lambda extends Pos { kind: "Lambda"; args: Arguments; body: Expr; }
export interface IfExp extends Pos { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr; }
export interface Dict extends Pos { kind: "Dict"; keys: (Expr | null)[]; values: Expr[]; } // key null: **value
export interface SetExpr extends Pos { kind: "Set"; elts: Expr[]; }
export interface ListComp extends Pos { kind: "ListComp"; elt: Expr; generators: Comprehension[]; }
export interface SetComp extends Pos { kind: "SetComp"; elt: Expr; generators: Comprehension[]; }
export interface DictComp extends Pos { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[]; }
export interface GeneratorExp extends Pos { kind: "GeneratorExp"; elt: Expr; generators: Comprehension[]; }
export interface Await extends Pos { kind: "Await"; value: Expr; }
export interface Yield extends Pos { kind: "Yield"; value: Expr | null; }
export interface YieldFrom extends Pos { kind: "YieldFrom"; value: Expr; }
export interface Compare extends Pos { kind: "Compare"; left: Expr; ops: CmpOperator[]; comparators: Expr[]; }
export interface Call extends Pos { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[]; }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (as CPython). */
export interface FormattedValue extends Pos { kind: "FormattedValue"; value: Expr; conversion: number; format_spec: JoinedStr | null; }
export interface JoinedStr extends Pos { kind: "JoinedStr"; values: (Constant | FormattedValue)[]; }
/**
 * value: a JS number for an int that is a safe integer, a bigint for a larger int, a `FloatConst` for a float,
 * `ComplexConst` for an imaginary literal, string for str, Uint8Array for bytes, true/false, null for None,
 * the string "..." with `isEllipsis` for Ellipsis.
 */
export interface Constant extends Pos { kind: "Constant"; value: ConstValue; }
export type ConstValue = number | bigint | string | boolean | null | FloatConst | ComplexConst | Uint8Array | EllipsisConst;
export interface FloatConst { float: number; }
export interface ComplexConst { imag: number; }
export interface EllipsisConst { ellipsis: true; }
export interface Attribute extends Pos { kind: "Attribute"; value: Expr; attr: string; ctx: ExprContext; }
export interface Subscript extends Pos { kind: "Subscript"; value: Expr; slice: Expr; ctx: ExprContext; }
export interface Starred extends Pos { kind: "Starred"; value: Expr; ctx: ExprContext; }
export interface Name extends Pos { kind: "Name"; id: string; ctx: ExprContext; }
export interface List extends Pos { kind: "List"; elts: Expr[]; ctx: ExprContext; }
export interface Tuple extends Pos { kind: "Tuple"; elts: Expr[]; ctx: ExprContext; }
export interface Slice extends Pos { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null; }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export type Node = Stmt | Expr | Module | Expression | Interactive | Arg | Keyword | Alias | ExceptHandler;

/**
 * What the parser throws for bad source. The interpreter turns it into the Python exception `type`.
 * lineno/offset are 1-based as in CPython's SyntaxError (offset in code points, end_offset exclusive);
 * text is the whole source line including its newline, as CPython stores it.
 */
export class SyntaxErrorInfo {
  constructor(
    public type: "SyntaxError" | "IndentationError" | "TabError",
    public msg: string,
    public lineno: number,
    public offset: number,
    public end_lineno: number,
    public end_offset: number,
    public text: string | null,
  ) {}
  /** Found at the end of input (ENDMARKER): CPython's file tokenizer then reports offset 0 (see compileSource). */
  atEnd = false;
}
