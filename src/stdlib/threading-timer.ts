// threading-timer.ts — threading.Timer's methods: __init__ (interval, function, args, kwargs), run() waiting
// on its `finished` Event, cancel(). The Timer type itself, a Thread subclass, is made in threading.ts, which
// calls installTimerMethods once its own functions exist (this file only uses them inside that call).
import { PyList, None } from "../runtime/object.js";
import { defineGenMethods } from "../runtime/builtin-function.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { toArrayGen } from "../runtime/ops-iter.js";
import { PyDict } from "../runtime/dict.js";
import { PyEvent, eventType, eventSet, eventWait, timeoutDeadline } from "./threading-sync.js";
import { PyThread, timerType, initThread, kwargsOf } from "./threading.js";
import { bindDefArgs } from "./support.js";

export function installTimerMethods(): void {
  defineGenMethods(timerType, {
    // Timer(interval, function, args=None, kwargs=None): a Thread whose run() waits `interval` on its
    // `finished` Event and then calls function unless cancel() set it first (threading docs, Timer objects).
    __init__: function* (args, kwargs) {
      const th = args[0] as PyThread;
      const vals = bindDefArgs("Timer.__init__", args, kwargs, ["interval", "function", "args", "kwargs"], 2);
      yield* initThread(th, None, None, undefined, None, undefined);
      const d = th.dict!;
      d.set("interval", vals[0]!);
      d.set("function", vals[1]!);
      d.set("args", vals[2] === undefined || vals[2] === None ? new PyList([]) : vals[2]);
      d.set("kwargs", vals[3] === undefined || vals[3] === None ? new PyDict() : vals[3]);
      d.set("finished", new PyEvent(eventType));
      return None;
    },
    run: function* ([self]) {
      const fin = yield* loadAttrGen(self, "finished");
      const interval = yield* loadAttrGen(self, "interval");
      if (fin instanceof PyEvent) {
        yield* eventWait(fin, timeoutDeadline(interval));
        if (!fin.flag) {
          const f = yield* loadAttrGen(self, "function");
          const a = yield* toArrayGen(yield* loadAttrGen(self, "args"));
          yield* callGen(f, a, yield* kwargsOf(yield* loadAttrGen(self, "kwargs")));
        }
        eventSet(fin);
      }
      return None;
    },
  });
  defineGenMethods(timerType, {
    cancel: function* ([self]) {
      const fin = yield* loadAttrGen(self, "finished");
      if (fin instanceof PyEvent) eventSet(fin);
      return None;
    },
  });
}
