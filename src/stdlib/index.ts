// index.ts — the registry of standard-library modules: which names exist and how each is made, lazily.
//
// Two kinds of module:
//  - "native": a TypeScript factory `create(rt)` building a PyModule (sys, time, math, random's core …);
//  - "python": Python source text kept in a TypeScript file, compiled and executed by the importer like any
//    user module (the VM runs it, so everything in it can block, be preempted, and show in tracebacks).
// Nothing is built at start-up: a factory runs on the first import of its module, so an empty script pays
// only for parsing this table.
import type { PyModule } from "../runtime/object.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { createSys } from "./sys.js";
import { createTime } from "./time.js";
import { createMath } from "./math.js";
import { createRandom } from "./random.js";
import { createOs } from "./_os.js";
import { createAtexit } from "./atexit.js";
import { osSource } from "./os.js";
import { createPosixpath } from "./posixpath.js";
import { createKeyword } from "./keyword.js";
import { createString } from "./string.js";
import { createOperator } from "./operator.js";
import { createHeapq } from "./heapq.js";
import { createItertools } from "./itertools.js";
import { createFunctools } from "./functools.js";
import { createCollections } from "./collections.js";
import { tracebackSource } from "./traceback.js";
import { createTracebackCore } from "./_traceback.js";
import { createIo } from "./io.js";
import { createCopy } from "./copy.js";
import { createAbc } from "./abc.js";
import { collectionsAbcSource } from "./collections/abc.js";
import { typingSource } from "./typing.js";
import { dataclassesSource } from "./dataclasses.js";
import { createTypes } from "./types.js";
import { enumSource } from "./enum.js";
import { createReModule } from "./re.js";
import { warningsSource } from "./warnings.js";
import { createJson } from "./json.js";
import { contextlibSource } from "./contextlib.js";
import { createTextwrap } from "./textwrap.js";
import { createBisect } from "./bisect.js";
import { datetimeSource } from "./datetime.js";
import { loggingSource } from "./logging.js";
import { pprintSource } from "./pprint.js";
import { fractionsSource } from "./fractions.js";
import { numbersSource } from "./numbers.js";
import { createDecimalCore, decimalSource } from "./decimal.js";
import { createRe } from "./_sre.js";
import { createThread } from "./_thread.js";
import { createThreading } from "./threading.js";
import { createQueue } from "./queue.js";
import { createConcurrent } from "./concurrent/__init__.js";
import { createSocketCore } from "./_socket.js";
import { socketSource } from "./socket.js";
import { createSelect } from "./select.js";
import { createSignalCore } from "./_signal.js";
import { signalSource } from "./signal.js";
import { tkinterCoreSource } from "./_tkinter.js";
import { tkinterSource } from "./tkinter/__init__.js";
import { tkinterMessageboxSource } from "./tkinter/messagebox.js";
import { socketserverSource } from "./socketserver.js";
import { httpSource } from "./http/__init__.js";
import { httpClientSource } from "./http/client.js";
import { httpServerSource } from "./http/server.js";
import { xmlrpcSource } from "./xmlrpc/__init__.js";
import { xmlrpcClientSource } from "./xmlrpc/client.js";
import { xmlrpcServerSource } from "./xmlrpc/server.js";
import { selectorsSource } from "./selectors.js";
import { createFutures, createFuturesBase, createFuturesThread, createFuturesProcess } from "./concurrent/futures.js";
import { asyncioInitSource } from "./asyncio/__init__.js";
import { asyncioFuturesSource } from "./asyncio/futures.js";
import { asyncioEventsSource } from "./asyncio/events.js";
import { asyncioRunnersSource } from "./asyncio/runners.js";
import { asyncioTasksSource } from "./asyncio/tasks.js";
import { asyncioLocksSource } from "./asyncio/locks.js";
import { asyncioStreamsSource } from "./asyncio/streams.js";
import { asyncioExceptionsSource, asyncioQueuesSource, asyncioCoroutinesSource, asyncioProtocolsSource } from "./asyncio/aliases.js";
import { asyncioTransportsSource } from "./asyncio/transports.js";
import { createAsyncioNative } from "./asyncio/_asyncio.js";

export type StdlibModule =
  | { kind: "native"; create: (rt: RuntimeContext) => PyModule }
  | {
    kind: "python";
    /** The module's Python source (a function, so large texts are only touched when imported). */
    source: () => string;
    /** True for packages (their submodules are separate entries such as "collections.abc"). */
    isPackage?: boolean;
  };

function native(create: (rt: RuntimeContext) => PyModule): StdlibModule {
  return { kind: "native", create };
}
function python(source: () => string, isPackage = false): StdlibModule {
  return { kind: "python", source, isPackage };
}

/**
 * Every stdlib module gilpy provides, by dotted name. As in CPython, the importer looks in sys.modules,
 * then takes names in `builtinModuleNames` from here, then searches the script's folder (a user file
 * `random.py` shadows the stdlib `random`), then the rest of this table.
 */
export const stdlibModules: Map<string, StdlibModule> = new Map([
  ["sys", native(createSys)],
  ["time", native(createTime)],
  ["math", native(createMath)],
  ["random", native(createRandom)],
  ["_os", native(createOs)],
  ["os", python(() => osSource)],
  ["posixpath", native(createPosixpath)],
  ["atexit", native(createAtexit)],
  ["keyword", native(createKeyword)],
  ["string", native(createString)],
  ["operator", native(createOperator)],
  ["heapq", native(createHeapq)],
  ["itertools", native(createItertools)],
  ["functools", native(createFunctools)],
  ["collections", native(createCollections)],
  ["_traceback", native(createTracebackCore)],
  ["traceback", python(() => tracebackSource)],
  ["io", native(createIo)],
  ["copy", native(createCopy)],
  ["abc", native(createAbc)],
  ["collections.abc", python(() => collectionsAbcSource)],
  ["typing", python(() => typingSource)],
  ["dataclasses", python(() => dataclassesSource)],
  ["types", native(createTypes)],
  ["enum", python(() => enumSource)],
  ["_sre", native(createRe)],
  ["re", native(createReModule)],
  ["warnings", python(() => warningsSource)],
  ["json", native(createJson)],
  ["contextlib", python(() => contextlibSource)],
  ["textwrap", native(createTextwrap)],
  ["bisect", native(createBisect)],
  ["datetime", python(() => datetimeSource)],
  ["logging", python(() => loggingSource)],
  ["pprint", python(() => pprintSource)],
  ["fractions", python(() => fractionsSource)],
  ["numbers", python(() => numbersSource)],
  ["_decimal", native(createDecimalCore)], ["decimal", python(() => decimalSource)],
  // threads engineer's modules
  ["_thread", native(createThread)],
  ["threading", native(createThreading)],
  ["queue", native(createQueue)],
  ["concurrent", native(createConcurrent)],
  ["concurrent.futures", native(createFutures)],
  ["concurrent.futures._base", native(createFuturesBase)],
  ["concurrent.futures.thread", native(createFuturesThread)],
  ["concurrent.futures.process", native(createFuturesProcess)],
  // asyncio engineer's modules
  ["asyncio", python(() => asyncioInitSource, true)],
  ["asyncio.futures", python(() => asyncioFuturesSource)],
  ["asyncio.events", python(() => asyncioEventsSource)],
  ["asyncio.runners", python(() => asyncioRunnersSource)],
  ["asyncio.tasks", python(() => asyncioTasksSource)],
  ["asyncio.locks", python(() => asyncioLocksSource)],
  ["asyncio.streams", python(() => asyncioStreamsSource)],
  ["asyncio.exceptions", python(() => asyncioExceptionsSource)],
  ["asyncio.queues", python(() => asyncioQueuesSource)],
  ["asyncio.coroutines", python(() => asyncioCoroutinesSource)],
  ["asyncio.transports", python(() => asyncioTransportsSource)],
  ["asyncio.protocols", python(() => asyncioProtocolsSource)],
  ["_asyncio", native(createAsyncioNative)],
  // networking engineer's modules
  ["_socket", native(createSocketCore)],
  ["socket", python(() => socketSource)],
  ["select", native(createSelect)],
  ["_signal", native(createSignalCore)],
  ["signal", python(() => signalSource)],
  ["_tkinter", python(() => tkinterCoreSource)],
  ["tkinter", python(() => tkinterSource, true)],
  ["tkinter.messagebox", python(() => tkinterMessageboxSource)],
  ["socketserver", python(() => socketserverSource)],
  ["http", python(() => httpSource, true)],
  ["http.client", python(() => httpClientSource)],
  ["http.server", python(() => httpServerSource)],
  ["xmlrpc", python(() => xmlrpcSource, true)],
  ["xmlrpc.client", python(() => xmlrpcClientSource)],
  ["xmlrpc.server", python(() => xmlrpcServerSource)],
  ["selectors", python(() => selectorsSource)],
]);

/** Names that are built into the interpreter (never shadowed by a user file), as sys.builtin_module_names. */
export const builtinModuleNames: ReadonlySet<string> = new Set(["sys", "builtins", "time", "math", "atexit", "_os", "_thread"]);

/** The file name shown in tracebacks through a Python-source stdlib module. */
export function stdlibFilename(name: string): string {
  const entry = stdlibModules.get(name);
  const path = name.replace(/\./g, "/");
  return entry?.kind === "python" && entry.isPackage
    ? `/usr/local/lib/python3.11/${path}/__init__.py`
    : `/usr/local/lib/python3.11/${path}.py`;
}
