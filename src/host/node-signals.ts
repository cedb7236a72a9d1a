// node-signals.ts — the Node host's process-signal capability (HostSignals): process.on/process.kill.
import type { HostSignals } from "../runtime/host.js";

export const nodeSignals: HostSignals = {
  watch(name, fn) {
    const listener = () => fn();
    try {
      process.on(name as NodeJS.Signals, listener);
    } catch {
      return () => {}; // a signal Node cannot watch (SIGKILL, SIGSTOP)
    }
    return () => void process.off(name as NodeJS.Signals, listener);
  },
  kill(pid, signum) {
    try {
      process.kill(pid, signum);
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? "EINVAL";
    }
  },
};
