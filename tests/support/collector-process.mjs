// The real campaign collector as a process, shared by the test suites that
// drive it from outside (the app's end-to-end tests and the dashboard's):
// its command line, and `serve` on the loopback address its config names.

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Runs a command of the collector's command line; returns its standard output. */
export function collectorCli(binary, args, stdin = '') {
  const run = spawnSync(binary, args, { input: stdin, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`${binary} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/**
 * Starts `serve` with `config`; resolves to { url, stop() } once it says where
 * it listens. Its warnings and errors go to the test's output; the request log
 * does not.
 */
export async function serveCollector(binary, config) {
  const child = spawn(binary, ['serve', '--config', config], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'warn' },
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the collector did not say where it listens within 30 s')), 30_000);
    child.once('exit', (status) => reject(new Error(`the collector exited with ${status} before listening`)));
    lines.on('line', (line) => {
      const match = /^listening on (http:\/\/\S+)$/.exec(line.trim());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}
