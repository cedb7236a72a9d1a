# _threads_blocking.py — helper for the threads-block-*.py programs: check(label, call) runs call(block) with
# each blocking primitive, in the main thread and then in a worker thread. block() parks its caller once;
# a helper thread, started before, prints while the caller is parked and then wakes it, so the printed
# order is fixed on CPython and shows that the other thread kept running.
import queue
import threading
import time

KINDS = ["sleep", "lock", "event", "queue", "condition", "join"]


class Blocker:
    def __init__(self, kind, label):
        self.kind = kind
        self.label = label
        self.used = False
        self.entered = threading.Event()
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.items = queue.Queue()
        self.cond = threading.Condition()
        self.ready = False
        if kind == "lock":
            self.lock.acquire()
        self.helper = threading.Thread(target=self.help, name="helper")
        self.helper.start()

    def help(self):
        self.entered.wait()
        if self.kind == "condition":
            with self.cond:
                print(f"    helper runs while {self.label} waits")
                self.ready = True
                self.cond.notify()
            return
        print(f"    helper runs while {self.label} waits")
        if self.kind == "lock":
            self.lock.release()
        elif self.kind == "event":
            self.event.set()
        elif self.kind == "queue":
            self.items.put("item")

    def block(self):
        if self.used:
            return
        self.used = True
        print(f"    {self.label} blocks on {self.kind}")
        if self.kind == "condition":
            with self.cond:
                self.entered.set()
                self.cond.wait_for(lambda: self.ready)
        else:
            self.entered.set()
            if self.kind == "sleep":
                time.sleep(0.2)
            elif self.kind == "lock":
                self.lock.acquire()
            elif self.kind == "event":
                self.event.wait()
            elif self.kind == "queue":
                self.items.get()
            elif self.kind == "join":
                self.helper.join()
        print(f"    {self.label} resumes")


def check(label, call):
    print(label)
    for kind in KINDS:
        for where in ("main", "worker"):
            b = Blocker(kind, f"{label} ({where} thread, {kind})")
            result = []
            if where == "main":
                result.append(call(b.block))
            else:
                worker = threading.Thread(target=lambda: result.append(call(b.block)), name="worker")
                worker.start()
                worker.join()
            b.helper.join()
            assert b.used, label
            print(f"  {kind:9} {where:6} -> {result[0]!r}")
