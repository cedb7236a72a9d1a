// queue.test.ts — the queue module against what python3 3.11 prints (expected texts recorded from python3).
import { describe, expect, it } from "vitest";
import { runPython } from "../runtime/testing/run-python.js";

describe("queue", () => {
  it("errors and non-blocking calls use CPython's exceptions and messages", async () => {
    const r = await runPython("\nimport queue\nq = queue.Queue(2); print(q.maxsize, q.queue, queue.LifoQueue().queue, queue.PriorityQueue().queue)\ntry: q.get(timeout=-1)\nexcept ValueError as e: print(e)\ntry: q.get_nowait()\nexcept queue.Empty as e: print(repr(e), queue.Empty, queue.Full, queue.Empty.__mro__)\nq.put(1); q.put(2); print(q.full(), q.qsize(), q.empty(), q.queue)\ntry: q.put(3, timeout=0.01)\nexcept queue.Full as e: print(repr(e))\ntry: q.put_nowait(3)\nexcept queue.Full: print(\"full nowait\")\ntry: q.put(3, block=False)\nexcept queue.Full: print(\"full non-blocking\")\nq.task_done(); q.task_done()\ntry: q.task_done()\nexcept ValueError as e: print(e)\ntry: queue.Queue().get(timeout=0.05)\nexcept queue.Empty: print(\"timeout empty\")\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("2 deque([]) [] []\n'timeout' must be a non-negative number\nEmpty() <class '_queue.Empty'> <class 'queue.Full'> (<class '_queue.Empty'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\nTrue 2 False deque([1, 2])\nFull()\nfull nowait\nfull non-blocking\ntask_done() called too many times\ntimeout empty\n");
  });

  it("FIFO, LIFO and priority order; PriorityQueue compares with a user __lt__ that may block", async () => {
    const r = await runPython("\nimport queue, time\npq = queue.PriorityQueue()\nfor x in [5, 1, 4, 2, 3, 9, 0]: pq.put((x, str(x)))\nprint(pq.queue)\nprint([pq.get() for _ in range(7)])\nlq = queue.LifoQueue()\nfor x in range(3): lq.put(x)\nprint([lq.get() for _ in range(3)])\nfq = queue.Queue()\nfor x in range(3): fq.put(x)\nprint([fq.get() for _ in range(3)])\nclass Job:\n    def __init__(self, p, name): self.p, self.name = p, name\n    def __lt__(self, other):\n        time.sleep(0.001)\n        return self.p < other.p\npq = queue.PriorityQueue()\nfor p, n in [(3, \"c\"), (1, \"a\"), (2, \"b\")]: pq.put(Job(p, n))\nprint([pq.get().name for _ in range(3)])\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[(0, '0'), (2, '2'), (1, '1'), (5, '5'), (3, '3'), (9, '9'), (4, '4')]\n[(0, '0'), (1, '1'), (2, '2'), (3, '3'), (4, '4'), (5, '5'), (9, '9')]\n[2, 1, 0]\n[0, 1, 2]\n['a', 'b', 'c']\n");
  });

  it("SimpleQueue reports module _queue and blocks like Queue", async () => {
    const r = await runPython("\nimport queue, threading\nsq = queue.SimpleQueue()\ntry: sq.get(timeout=-1)\nexcept ValueError as e: print(e)\ntry: sq.get(timeout=0.01)\nexcept queue.Empty as e: print(\"empty\", repr(e))\nsq.put(5); sq.put_nowait(6); print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())\nprint(type(sq).__module__, type(sq).__name__)\nthreading.Timer(0.1, sq.put, args=(\"late\",)).start()\nprint(sq.get())\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("'timeout' must be a non-negative number\nempty Empty()\n2 5 6 True\n_queue SimpleQueue\nlate\n");
  });

  it("producer/consumer with task_done and join, and a bounded queue that blocks put", async () => {
    const r = await runPython("\nimport queue, threading, time\nq = queue.Queue()\ndef producer():\n    for i in range(5):\n        q.put(i); time.sleep(0.01)\n    q.put(None)\ndef consumer():\n    while (item := q.get()) is not None:\n        print(\"got\", item)\n        q.task_done()\n    q.task_done()\nts = [threading.Thread(target=producer), threading.Thread(target=consumer)]\nfor t in ts: t.start()\nq.join(); print(\"joined\", q.unfinished_tasks)\nfor t in ts: t.join()\nbq = queue.Queue(maxsize=2)\ntaken = []\ndef slow():\n    for i in range(4):\n        time.sleep(0.1); taken.append(bq.get())\nt = threading.Thread(target=slow); t.start()\nfor i in range(4): bq.put(i)\nt.join(); print(taken)\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("got 0\njoined 0\ngot 1\ngot 2\ngot 3\ngot 4\n[0, 1, 2, 3]\n");
  });

  it("subclasses may override _init, _qsize, _put and _get", async () => {
    const r = await runPython("\nimport queue\nclass MyQ(queue.Queue):\n    def _init(self, maxsize): self.queue = []\n    def _qsize(self): return len(self.queue)\n    def _put(self, item): self.queue.insert(0, item)\n    def _get(self): return self.queue.pop(0)\nmq = MyQ(); mq.put(1); mq.put(2); print(mq.get(), mq.get(), mq.qsize(), mq.empty())\n");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("2 1 0 True\n");
  });

});
