// Loopback ports for the processes the tests and benchmarks start (drivers,
// the collector): a free one to give, and a wait until one is listened on.

import { once } from 'node:events';
import net from 'node:net';

/** A port nothing listens on right now, on 127.0.0.1. */
export async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Resolves once something accepts connections on `port`; rejects if `child`
 * (named `name` in the message) exits first or `timeoutMs` passes.
 */
export async function waitForPort(port, child, name, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${name} did not listen on ${port} within ${timeoutMs / 1000} s`);
}
