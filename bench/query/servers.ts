/**
 * Runs one benchmark server (servers/belagg.ts or servers/generic.ts) as a child process through tsx, waits for
 * its READY line, and can read its resident memory. The child is tied to us: it is killed when we stop it or
 * exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/support/free-port.js';
import { rssMiB } from '../support/proc.js';

export { rssMiB };

const here = path.dirname(fileURLToPath(import.meta.url));

export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to READY. */
  startMs: number;
  stop(): Promise<void>;
}

export async function startServer(kind: 'belagg' | 'generic', uri: string): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  // `node --import tsx`: one process (the tsx CLI would start a second one), so its pid is the server's and its
  // RSS is the server's memory.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'servers', `${kind}.ts`), '--uri', uri, '--port', String(port)], {
    cwd: path.join(here, '..', '..'),
    // as bin/belagg.js runs the product, for both servers alike (graphql-js is faster in production mode)
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  const errors: string[] = [];
  child.stderr?.on('data', (c: Buffer) => errors.push(c.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 180 s:\n${errors.join('')}`)), 180_000);
    child.stdout?.on('data', (c: Buffer) => {
      if (c.toString('utf8').includes('BENCH_SERVER_READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code}:\n${errors.join('').slice(-3000)}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout?.resume();
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid as number,
    startMs: performance.now() - started,
    async stop() {
      process.off('exit', onExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** One request, for checking an answer before timing it: GraphQL errors make the benchmark stop and say so. */
export async function post(url: string, body: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (!res.ok || json.errors?.length) throw new Error(`${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 800)}`);
  return json.data ?? {};
}
