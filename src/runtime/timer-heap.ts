// timer-heap.ts — the scheduler's deadlines: a binary min-heap of (deadline, thread, park number), ties
// broken by insertion order so that threads sleeping until the same instant wake in the order they slept.
import type { PyObject } from "./object.js";
import type { PyThreadState } from "./thread-state.js";

export interface TimerEntry {
  deadline: number;
  /** Insertion number: the tie-breaker. */
  order: number;
  thread: PyThreadState;
  /** The thread's parkSeq when the timer was set; a different value means the timer is stale. */
  seq: number;
  /** What the thread receives when the deadline passes first. */
  result: PyObject;
}

export class TimerHeap {
  private readonly items: TimerEntry[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  push(deadline: number, thread: PyThreadState, seq: number, result: PyObject): void {
    const items = this.items;
    items.push({ deadline, order: this.counter++, thread, seq, result });
    let i = items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(items[i], items[p])) break;
      [items[i], items[p]] = [items[p], items[i]];
      i = p;
    }
  }

  peek(): TimerEntry {
    return this.items[0];
  }

  peekDeadline(): number {
    return this.items[0].deadline;
  }

  pop(): TimerEntry {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l], items[m])) m = l;
        if (r < items.length && before(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(a: TimerEntry, b: TimerEntry): boolean {
  return a.deadline < b.deadline || (a.deadline === b.deadline && a.order < b.order);
}
