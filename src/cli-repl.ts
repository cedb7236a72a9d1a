// cli-repl.ts — the interactive prompt: `>>> `/`... `, a banner, history, expression echo via the interpreter.
// As in CPython, prompts go to stdout through the line editor on a terminal and to stderr otherwise.
import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Interpreter } from "./interpreter/run.js";
import { stdinIsTTY, writeAllSync } from "./host/node-host.js";
import type { StdinLines } from "./host/stdin-lines.js";

export interface ReplOptions {
  quiet: boolean;
  version: string;
  lines: StdinLines;
}

const HISTORY_FILE = join(homedir(), ".gilpy_history");
const HISTORY_SIZE = 1000;

export async function repl(interp: Interpreter, o: ReplOptions): Promise<number> {
  const tty = stdinIsTTY();
  const { isIncompleteSource } = await import("./interpreter/run.js");
  if (!o.quiet) {
    writeAllSync(2, `${o.version} on ${process.platform}\nType "exit()" or press Ctrl-D to leave.\n`);
  }
  let atPrompt = false;
  let interrupted = false;
  if (tty) {
    await o.lines.useTerminal(loadHistory(), () => {
      if (!atPrompt) {
        // The program is running and the core has no interrupt hook yet: stop like an uncaught KeyboardInterrupt.
        writeAllSync(2, "\nKeyboardInterrupt\n");
        saveHistory(o.lines.history());
        process.exit(130);
      }
      interrupted = true;
      writeAllSync(1, "\nKeyboardInterrupt\n");
      o.lines.restartPrompt(">>> ");
    });
  }
  const read = async (prompt: string): Promise<string | null> => {
    atPrompt = true;
    try {
      if (tty) return await o.lines.question(prompt);
      writeAllSync(2, prompt);
      const line = await o.lines.readLine();
      return line === null ? null : line.replace(/\r?\n$/, "");
    } finally {
      atPrompt = false;
    }
  };

  let buffer = "";
  for (;;) {
    const line = await read(buffer ? "... " : ">>> ");
    if (interrupted) {
      interrupted = false;
      buffer = "";
      if (line === null) continue;
    }
    if (line === null) {
      writeAllSync(tty ? 1 : 2, "\n");
      break;
    }
    if (!buffer && line.trim() === "") continue;
    const blankInBlock = buffer !== "" && line.trim() === "";
    buffer += line + "\n";
    if (!blankInBlock && isIncompleteSource(buffer)) continue;
    const source = buffer;
    buffer = "";
    const code = await interp.runInteractive(source);
    if (code !== null) {
      if (tty) saveHistory(o.lines.history());
      return code;
    }
  }
  if (tty) saveHistory(o.lines.history());
  o.lines.close();
  return interp.shutdown();
}

function loadHistory(): string[] {
  try {
    return readFileSync(HISTORY_FILE, "utf8").split("\n").filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(newestFirst: string[]): void {
  try {
    writeFileSync(HISTORY_FILE, newestFirst.slice(0, HISTORY_SIZE).reverse().join("\n") + "\n");
  } catch {
    // History is a convenience; a read-only home must not break the session.
  }
}
