// time.ts — the time module: clock readings (all through the runtime context's clock, so the virtual clock
// governs them), sleep as a parked wait with a deadline, and calendar conversions (struct_time, strftime,
// asctime, mktime, strptime for numeric fields).
import { PyObject, PyModule, PyFloat, PyTuple, None, newFloat, typeName } from "../runtime/object.js";
import { typeError, valueError, overflowError } from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { ParkRequest } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { arity, intValue, strValue, makeStructSeq, structSeq, simpleNamespace, StructSeqType } from "./support.js";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

/** Broken-down time as time.struct_time holds it (wday: Monday = 0; yday from 1). */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string; gmtoff: number;
}

function secondsArg(x: PyObject | undefined, now: () => number): number {
  if (x === undefined || x === None) return now();
  if (x instanceof PyFloat) return x.value;
  const v = intValue(x);
  if (v === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return Number(v);
}

function checkRange(secs: number): void {
  // time_t of 64 bits; dates beyond year ~2.7e11 overflow CPython's tm_year (a C int) too.
  if (!Number.isFinite(secs) || Math.abs(secs) > 67768036191676799) throw overflowError("timestamp out of range for platform time_t");
}

function yday(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

function tmFromUtcMs(ms: number, zone: string, gmtoff: number, isdst: number): Tm {
  const dt = new Date(ms);
  const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
  return {
    year: y, mon: m, mday: d, hour: dt.getUTCHours(), min: dt.getUTCMinutes(), sec: dt.getUTCSeconds(),
    wday: (dt.getUTCDay() + 6) % 7, yday: yday(y, m, d), isdst, zone, gmtoff,
  };
}

function gmtime(secs: number): Tm {
  checkRange(secs);
  return tmFromUtcMs(Math.floor(secs) * 1000, "GMT", 0, 0);
}

/** Local time through the host's time zone rules (Date's local methods are conversions, not readings). */
function localtime(secs: number): Tm {
  checkRange(secs);
  const ms = Math.floor(secs) * 1000;
  const offMin = -new Date(ms).getTimezoneOffset();
  return tmFromUtcMs(ms + offMin * 60000, zoneName(ms), offMin * 60, isDst(ms) ? 1 : 0);
}

function isDst(ms: number): boolean {
  const y = new Date(ms).getUTCFullYear();
  const jan = new Date(Date.UTC(y, 0, 1)).getTimezoneOffset();
  const jul = new Date(Date.UTC(y, 6, 1)).getTimezoneOffset();
  return jan !== jul && new Date(ms).getTimezoneOffset() === Math.min(jan, jul);
}

function zoneName(ms: number): string {
  const off = -new Date(ms).getTimezoneOffset();
  if (off === 0) return "UTC";
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(ms))
      .find((p) => p.type === "timeZoneName");
    if (part && !part.value.startsWith("GMT")) return part.value;
  } catch {
    // no Intl time zone data: fall through to the numeric name
  }
  const a = Math.abs(off);
  return `${off < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}${a % 60 ? String(a % 60).padStart(2, "0") : ""}`;
}

let structTimeType: StructSeqType | null = null;
function structTime(): StructSeqType {
  return (structTimeType ??= makeStructSeq("struct_time", "time", ["tm_year", "tm_mon", "tm_mday", "tm_hour",
    "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], 9));
}

function toStruct(t: Tm): PyTuple {
  return structSeq(structTime(), [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst, t.zone, t.gmtoff]);
}

/** A 9-tuple or struct_time → Tm; `who` names the function in CPython's error messages. */
function fromTuple(x: PyObject, who: string): Tm {
  if (!(x instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  if (x.items.length !== 9) throw typeError(`${who}(): illegal time tuple argument`);
  const n = x.items.map((v) => {
    const i = intValue(v);
    if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return Number(i);
  });
  return {
    year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8],
    zone: "", gmtoff: 0,
  };
}

function pad(n: number, w: number, c = "0"): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + s.padStart(w, c);
}

function asctime(t: Tm): string {
  return `${DAYS[((t.wday % 7) + 7) % 7].slice(0, 3)} ${MONTHS[Math.min(Math.max(t.mon, 1), 12) - 1].slice(0, 3)} ${pad(t.mday, 2, " ")} ` +
    `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
}

/** Weeks of the year with weeks starting on `first` (0 = Sunday for %U, 1 = Monday for %W). */
function weekNumber(t: Tm, first: number): number {
  const sundayBased = (t.wday + 1) % 7;
  const wd = (sundayBased - first + 7) % 7;
  return Math.floor((t.yday - 1 + 7 - wd) / 7);
}

function isoWeek(t: Tm): [number, number] {
  const d = new Date(Date.UTC(t.year, t.mon - 1, t.mday));
  const day = t.wday + 1; // ISO: Monday = 1
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const y = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return [y, week];
}

/** strftime in the C locale (the locale CPython uses unless a program calls setlocale). */
export function strftime(fmt: string, t: Tm): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const f = fmt[++i];
    const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (f) {
      case "a": out += DAYS[t.wday].slice(0, 3); break;
      case "A": out += DAYS[t.wday]; break;
      case "b": case "h": out += MONTHS[t.mon - 1].slice(0, 3); break;
      case "B": out += MONTHS[t.mon - 1]; break;
      case "c": out += asctime(t); break;
      case "C": out += pad(Math.floor(t.year / 100), 2); break;
      case "d": out += pad(t.mday, 2); break;
      case "D": out += `${pad(t.mon, 2)}/${pad(t.mday, 2)}/${pad(t.year % 100, 2)}`; break;
      case "e": out += pad(t.mday, 2, " "); break;
      case "F": out += `${t.year}-${pad(t.mon, 2)}-${pad(t.mday, 2)}`; break;
      case "G": out += isoWeek(t)[0]; break;
      case "g": out += pad(isoWeek(t)[0] % 100, 2); break;
      case "H": out += pad(t.hour, 2); break;
      case "I": out += pad(h12, 2); break;
      case "j": out += pad(t.yday, 3); break;
      case "k": out += pad(t.hour, 2, " "); break;
      case "l": out += pad(h12, 2, " "); break;
      case "m": out += pad(t.mon, 2); break;
      case "M": out += pad(t.min, 2); break;
      case "n": out += "\n"; break;
      case "p": out += t.hour < 12 ? "AM" : "PM"; break;
      case "R": out += `${pad(t.hour, 2)}:${pad(t.min, 2)}`; break;
      case "S": out += pad(t.sec, 2); break;
      case "s": out += String(Math.floor(Date.UTC(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec) / 1000) - t.gmtoff); break;
      case "t": out += "\t"; break;
      case "T": case "X": out += `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`; break;
      case "u": out += t.wday + 1; break;
      case "U": out += pad(weekNumber(t, 0), 2); break;
      case "V": out += pad(isoWeek(t)[1], 2); break;
      case "w": out += (t.wday + 1) % 7; break;
      case "W": out += pad(weekNumber(t, 1), 2); break;
      case "x": out += `${pad(t.mon, 2)}/${pad(t.mday, 2)}/${pad(t.year % 100, 2)}`; break;
      case "y": out += pad(((t.year % 100) + 100) % 100, 2); break;
      case "Y": out += t.year; break;
      case "z": {
        const o = t.gmtoff;
        out += `${o < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(o) / 3600), 2)}${pad(Math.floor((Math.abs(o) % 3600) / 60), 2)}`;
        break;
      }
      case "Z": out += t.zone; break;
      case "%": out += "%"; break;
      default: out += "%" + f;
    }
  }
  return out;
}

/** strptime for numeric directives and names in the C locale; enough for course programs. */
function strptime(s: string, fmt: string): Tm {
  const t: Tm = { year: 1900, mon: 1, mday: 1, hour: 0, min: 0, sec: 0, wday: -1, yday: -1, isdst: -1, zone: "", gmtoff: 0 };
  let re = "^";
  const fields: string[] = [];
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === "%" && i + 1 < fmt.length) {
      const f = fmt[++i];
      const num: Record<string, string> = { Y: "(\\d{4})", m: "(\\d{1,2})", d: "(\\d{1,2})", H: "(\\d{1,2})", M: "(\\d{1,2})", S: "(\\d{1,2})", y: "(\\d{2})", j: "(\\d{1,3})", f: "(\\d{1,6})" };
      if (num[f]) re += num[f];
      else if (f === "b" || f === "B" || f === "h") re += "([A-Za-z]+)";
      else if (f === "a" || f === "A") re += "([A-Za-z]+)";
      else if (f === "p") re += "(AM|PM|am|pm)";
      else if (f === "%") { re += "%"; continue; }
      else throw valueError(`'${f}' is a bad directive in format '%${f}'`);
      fields.push(f);
    } else if (/\s/.test(c)) re += "\\s*";
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const m = new RegExp(re + "$").exec(s);
  if (!m) throw valueError(`time data ${JSON.stringify(s).replace(/^"|"$/g, "'")} does not match format '${fmt}'`);
  let pm = -1;
  fields.forEach((f, i) => {
    const v = m[i + 1];
    switch (f) {
      case "Y": t.year = +v; break;
      case "y": t.year = +v < 69 ? 2000 + +v : 1900 + +v; break;
      case "m": t.mon = +v; break;
      case "d": t.mday = +v; break;
      case "H": t.hour = +v; break;
      case "M": t.min = +v; break;
      case "S": t.sec = +v; break;
      case "b": case "B": case "h": {
        const k = MONTHS.findIndex((n) => n.toLowerCase().startsWith(v.toLowerCase().slice(0, 3)));
        if (k < 0) throw valueError(`time data '${s}' does not match format '${fmt}'`);
        t.mon = k + 1;
        break;
      }
      case "p": pm = v.toLowerCase() === "pm" ? 1 : 0; break;
    }
  });
  if (pm === 1 && t.hour < 12) t.hour += 12;
  if (pm === 0 && t.hour === 12) t.hour = 0;
  t.yday = yday(t.year, t.mon, t.mday);
  t.wday = (new Date(Date.UTC(t.year, t.mon - 1, t.mday)).getUTCDay() + 6) % 7;
  return t;
}

const NS = 1_000_000_000;
function ns(seconds: number): number | bigint {
  const v = BigInt(Math.round(seconds * 1e6)) * 1000n;
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

export function createTime(rt: RuntimeContext): PyModule {
  const m = new PyModule("time");
  const clock = rt.clock;
  const now = () => clock.wallTime();
  defineModuleFunctions(m, {
    time: () => newFloat(clock.wallTime()),
    time_ns: () => ns(clock.wallTime()),
    monotonic: () => newFloat(clock.monotonic()),
    monotonic_ns: () => ns(clock.monotonic()),
    perf_counter: () => newFloat(clock.monotonic()),
    perf_counter_ns: () => ns(clock.monotonic()),
    process_time: () => newFloat(clock.processTime()),
    process_time_ns: () => ns(clock.processTime()),
    thread_time: () => newFloat(clock.threadTime()),
    thread_time_ns: () => ns(clock.threadTime()),
    gmtime: (args) => {
      arity("gmtime", args, 0, 1);
      return toStruct(gmtime(secondsArg(args[0], now)));
    },
    localtime: (args) => {
      arity("localtime", args, 0, 1);
      return toStruct(localtime(secondsArg(args[0], now)));
    },
    asctime: (args) => {
      arity("asctime", args, 0, 1);
      return asctime(args.length ? fromTuple(args[0], "asctime") : localtime(now()));
    },
    ctime: (args) => {
      arity("ctime", args, 0, 1);
      return asctime(localtime(secondsArg(args[0], now)));
    },
    mktime: (args) => {
      arity("mktime", args, 1);
      const t = fromTuple(args[0], "mktime");
      // Interpret the fields in local time: find the offset that applies at that moment.
      const asUtc = Date.UTC(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec);
      const off = new Date(asUtc).getTimezoneOffset() * 60000;
      return newFloat((asUtc + off) / 1000);
    },
    strftime: (args) => {
      arity("strftime", args, 1, 2);
      const fmt = strValue(args[0]);
      if (fmt === undefined) throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0])}`);
      let t: Tm;
      if (args.length > 1) {
        t = fromTuple(args[1], "strftime");
        if (args[1] instanceof PyTuple && args[1].type === structTimeType) {
          t.zone = String(getHidden(args[1], "tm_zone") ?? "");
          t.gmtoff = Number(getHidden(args[1], "tm_gmtoff") ?? 0);
        }
        if (t.mon < 1 || t.mon > 12) throw valueError("month out of range");
        if (t.mday < 1 || t.mday > 31) throw valueError("day of month out of range");
        if (t.hour < 0 || t.hour > 23) throw valueError("hour out of range");
        if (t.min < 0 || t.min > 59) throw valueError("minute out of range");
        if (t.sec < 0 || t.sec > 61) throw valueError("seconds out of range");
      } else t = localtime(now());
      return strftime(fmt, t);
    },
    strptime: (args) => {
      arity("strptime", args, 1, 2);
      const s = strValue(args[0]);
      const fmt = args.length > 1 ? strValue(args[1]) : "%a %b %d %H:%M:%S %Y";
      if (s === undefined) throw typeError(`strptime() argument 1 must be str, not ${typeName(args[0])}`);
      if (fmt === undefined) throw typeError(`strptime() argument 2 must be str, not ${typeName(args[1])}`);
      return toStruct(strptime(s, fmt));
    },
    get_clock_info: (args) => {
      arity("get_clock_info", args, 1);
      const name = strValue(args[0]);
      if (!name || !["time", "monotonic", "perf_counter", "process_time", "thread_time"].includes(name)) {
        throw valueError("unknown clock");
      }
      return simpleNamespace([
        ["implementation", `gilpy ${rt.clockKind} clock`], ["monotonic", name !== "time"],
        ["adjustable", name === "time"], ["resolution", newFloat(1e-9)],
      ]);
    },
  });
  defineModuleGenFunctions(m, {
    sleep: function* (args) {
      arity("sleep", args, 1);
      const x = args[0];
      let secs: number;
      if (x instanceof PyFloat) secs = x.value;
      else {
        const v = intValue(x);
        if (v === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
        secs = Number(v);
      }
      if (Number.isNaN(secs)) throw valueError("Invalid value NaN (not a number)");
      if (secs < 0) throw valueError("sleep length must be non-negative");
      // The scheduler parks the thread until the deadline on its clock and lets other threads run.
      yield new ParkRequest(clock.monotonic() + secs, "time.sleep", null, None);
      return None;
    },
  });
  const d = m.dict;
  d.set("struct_time", structTime());
  const jan = new Date(Date.UTC(2023, 0, 1)).getTimezoneOffset() * 60;
  const jul = new Date(Date.UTC(2023, 6, 1)).getTimezoneOffset() * 60;
  d.set("timezone", Math.max(jan, jul));
  d.set("altzone", Math.min(jan, jul));
  d.set("daylight", jan !== jul ? 1 : 0);
  const std = zoneName(Date.UTC(2023, jan >= jul ? 0 : 6, 1));
  const dst = zoneName(Date.UTC(2023, jan >= jul ? 6 : 0, 1));
  d.set("tzname", new PyTuple([std, dst]));
  for (const [k, v] of [["CLOCK_MONOTONIC", 1], ["CLOCK_REALTIME", 0], ["CLOCK_PROCESS_CPUTIME_ID", 2], ["CLOCK_THREAD_CPUTIME_ID", 3]] as const) d.set(k, v);
  void NS;
  return m;
}

function getHidden(t: PyTuple, name: string): PyObject | undefined {
  const g = structTime().lookup(name);
  if (g === undefined) return undefined;
  return (g as unknown as { get(self: PyObject): PyObject }).get(t);
}
