// stdin-lines.ts — standard input as lines, shared by input()/sys.stdin and the REPL's prompt.
// Pipes and files are split by hand (keeping "\n"); a terminal REPL uses readline for editing and history.
import type { Interface as ReadlineInterface } from "node:readline";
import { StringDecoder } from "node:string_decoder";

export class StdinLines {
  private buffered = "";
  private lines: string[] = [];
  private waiters: ((line: string | null) => void)[] = [];
  private ended = false;
  private started = false;
  private rl: ReadlineInterface | null = null;
  /** Text written to stdout since its last newline: on a terminal it is the visible prompt of input(). */
  pendingPrompt = "";

  /** One line including its "\n" (the last line of input may lack it), or null at end of input. */
  readLine(): Promise<string | null> {
    if (this.rl) return this.question("").then((l) => (l === null ? null : l + "\n"));
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    this.start();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /**
   * Switches to a terminal line editor (only when stdin is a TTY): prompts are drawn by readline on stdout,
   * arrow keys recall `history` (newest first), and Ctrl-C calls onInterrupt.
   */
  async useTerminal(history: string[], onInterrupt: () => void): Promise<void> {
    const readline = await import("node:readline");
    this.rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history,
      historySize: 1000,
      removeHistoryDuplicates: true,
    });
    this.rl.on("SIGINT", onInterrupt);
    this.rl.on("close", () => {
      this.ended = true;
      for (const w of this.questionWaiters.splice(0)) w(null);
    });
  }

  /** Lines entered so far on the terminal, newest first (for saving the history). */
  history(): string[] {
    return ((this.rl as unknown as { history?: string[] } | null)?.history ?? []).slice();
  }

  /** Tracks stdout's unterminated last line; on a terminal readline must redraw it as part of the prompt. */
  noteStdout(text: string): void {
    if (!this.rl) return;
    const nl = text.lastIndexOf("\n");
    this.pendingPrompt = nl >= 0 ? text.slice(nl + 1) : this.pendingPrompt + text;
  }

  /** After Ctrl-C at the prompt: drop the half-typed line and show `prompt` again (the pending question stays). */
  restartPrompt(prompt: string): void {
    const rl = this.rl as unknown as { line: string; cursor: number; setPrompt(p: string): void; prompt(): void } | null;
    if (!rl) return;
    rl.line = "";
    rl.cursor = 0;
    rl.setPrompt(prompt);
    rl.prompt();
  }

  private questionWaiters: ((line: string | null) => void)[] = [];

  /** Shows `prompt` and reads one line without its newline; null at end of input (Ctrl-D). */
  question(prompt: string): Promise<string | null> {
    const rl = this.rl;
    if (!rl) throw new Error("StdinLines.question needs useTerminal()");
    if (this.ended) return Promise.resolve(null);
    const shown = this.takePrompt() + prompt;
    return new Promise((resolve) => {
      this.questionWaiters.push(resolve);
      rl.question(shown, (answer) => {
        const i = this.questionWaiters.indexOf(resolve);
        if (i >= 0) this.questionWaiters.splice(i, 1);
        resolve(answer);
      });
    });
  }

  close(): void {
    this.rl?.close();
    process.stdin.pause();
  }

  private takePrompt(): string {
    const p = this.pendingPrompt;
    if (p) process.stdout.write("\r\x1b[K"); // readline redraws the prompt itself
    this.pendingPrompt = "";
    return p;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const decoder = new StringDecoder("utf8");
    process.stdin.on("data", (chunk: Buffer) => this.push(decoder.write(chunk)));
    process.stdin.on("end", () => {
      this.push(decoder.end());
      if (this.buffered) this.lines.push(this.buffered);
      this.buffered = "";
      this.ended = true;
      this.flush();
    });
    process.stdin.on("error", () => {
      this.ended = true;
      this.flush();
    });
  }

  private push(text: string): void {
    this.buffered += text;
    let nl: number;
    while ((nl = this.buffered.indexOf("\n")) >= 0) {
      this.lines.push(this.buffered.slice(0, nl + 1));
      this.buffered = this.buffered.slice(nl + 1);
    }
    this.flush();
  }

  private flush(): void {
    while (this.waiters.length && (this.lines.length || this.ended)) {
      this.waiters.shift()!(this.lines.shift() ?? null);
    }
  }
}
