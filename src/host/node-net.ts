// node-net.ts — the Node host's TCP networking capability (HostNet) on node:net and node:dns.
// Everything here is callback-driven from the event loop; the socket engine turns events into wakes.
import type * as net from "node:net";
import type * as dgram from "node:dgram";
import type * as dns from "node:dns";
import { createRequire } from "node:module";
import { hostname as osHostname } from "node:os";
import type { HostDatagram, HostNet, HostServer, HostStream, HostStreamEvents } from "../runtime/host.js";

// node:net, node:dgram and node:dns are loaded on first use: most programs open no socket, and loading them
// costs every start-up several milliseconds.
const nodeRequire = createRequire(import.meta.url);
let netLib: typeof net | null = null;
let dgramLib: typeof dgram | null = null;
let dnsLib: typeof dns | null = null;
const netMod = (): typeof net => (netLib ??= nodeRequire("node:net") as typeof net);
const dgramMod = (): typeof dgram => (dgramLib ??= nodeRequire("node:dgram") as typeof dgram);
const dnsMod = (): typeof dns => (dnsLib ??= nodeRequire("node:dns") as typeof dns);

function addrOf(host: string | undefined, port: number | undefined): [string, number] {
  let h = host ?? "0.0.0.0";
  if (h.startsWith("::ffff:")) h = h.slice(7); // an IPv4 peer seen through a dual-stack socket
  return [h, port ?? 0];
}

class NodeStream implements HostStream {
  constructor(readonly sock: net.Socket) {}
  write(data: Uint8Array): void {
    if (!this.sock.destroyed) this.sock.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  end(): void {
    if (!this.sock.destroyed) this.sock.end();
  }
  destroy(): void {
    // close(): let written data go out first, then release the handle (a peer's later data is dropped).
    if (this.sock.destroyed) return;
    this.sock.end();
    this.sock.once("finish", () => this.sock.destroy());
    this.sock.resume();
  }
  pause(): void {
    this.sock.pause();
  }
  resume(): void {
    this.sock.resume();
  }
  get localAddress(): [string, number] {
    return addrOf(this.sock.localAddress, this.sock.localPort);
  }
  get remoteAddress(): [string, number] {
    return addrOf(this.sock.remoteAddress, this.sock.remotePort);
  }
  setNoDelay(on: boolean): void {
    this.sock.setNoDelay(on);
  }
}

function wire(sock: net.Socket, events: HostStreamEvents): void {
  sock.on("data", (d: Buffer) => events.onData(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)));
  sock.on("end", () => events.onEnd());
  sock.on("error", (e: NodeJS.ErrnoException) => events.onError(e.code ?? "EIO"));
}

export const nodeNet: HostNet = {
  listen(host, port, backlog, onConnection, done) {
    const server = netMod().createServer({ allowHalfOpen: true, pauseOnConnect: false }, (sock) => {
      const events = onConnection(new NodeStream(sock));
      wire(sock, events);
    });
    let settled = false;
    server.once("error", (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      done(e.code ?? "EINVAL", null);
    });
    server.listen({ host, port, backlog: Math.max(1, backlog), exclusive: true }, () => {
      settled = true;
      const a = server.address() as net.AddressInfo;
      const handle: HostServer = { address: addrOf(a.address, a.port), close: () => server.close() };
      done(null, handle);
    });
  },

  connect(host, port, events, done) {
    const sock = netMod().connect({ host, port, allowHalfOpen: true, family: 4 });
    let connected = false;
    sock.once("connect", () => {
      connected = true;
      done(null);
    });
    sock.on("data", (d: Buffer) => events.onData(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)));
    sock.on("end", () => events.onEnd());
    sock.on("error", (e: NodeJS.ErrnoException) => {
      if (connected) events.onError(e.code ?? "EIO");
      else done(e.code ?? "ECONNREFUSED");
    });
    return new NodeStream(sock);
  },

  lookup(name, done) {
    dnsMod().lookup(name, { family: 4 }, (err, address) => {
      if (err) done((err as NodeJS.ErrnoException).code ?? "ENOTFOUND", null);
      else done(null, address);
    });
  },

  hostname: () => osHostname(),

  udp(onMessage) {
    const sock = dgramMod().createSocket({ type: "udp4" });
    sock.on("message", (msg: Buffer, rinfo: { address: string; port: number }) =>
      onMessage(new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength), [rinfo.address, rinfo.port]));
    sock.on("error", () => {}); // send errors (unreachable ports) are not reported on Linux UDP sockets either
    let bound: [string, number] | null = null;
    let closed = false;
    const handle: HostDatagram = {
      bind(host, port, done) {
        const onError = (e: NodeJS.ErrnoException) => done(e.code ?? "EINVAL");
        sock.once("error", onError);
        sock.bind({ address: host, port, exclusive: true }, () => {
          sock.off("error", onError);
          const a = sock.address();
          bound = addrOf(a.address, a.port);
          done(null);
        });
      },
      send(data, host, port) {
        if (!closed) sock.send(Buffer.from(data.buffer, data.byteOffset, data.byteLength), port, host);
      },
      get localAddress() {
        return bound;
      },
      close() {
        if (!closed) {
          closed = true;
          sock.close();
        }
      },
    };
    return handle;
  },
};
