/**
 * The product as a user runs it: `belagg serve` on its embedded default (its own local Neo4j, seeded), on
 * ports and a data directory of its own. Then the database dies: requests get UNAVAILABLE, the process stays
 * up, restarts its Neo4j and recovers. SIGTERM stops everything cleanly.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';

let child: ChildProcess;
let url: string;
let dataDir: string;
const stderr: string[] = [];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}; server said:\n${stderr.slice(-20).join('')}`);
}

const post = async (query: string) =>
  (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;

/** The java process serving this test's data directory (its path is on the launcher's command line). */
function neo4jPid(): number | undefined {
  try {
    const out = execFileSync('pgrep', ['-f', `Neo4jLauncher ${dataDir}`], { encoding: 'utf8' });
    return Number(out.trim().split('\n')[0]);
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'belagg-product-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), BELAGG_BOLT_PORT: String(await freePort()), BELAGG_DATA_DIR: dataDir, BELAGG_NEO4J_HEAP: '768m' };
  delete env.NEO4J_URI;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (c: Buffer) => stderr.push(c.toString()));
  await waitFor('readiness', async () => ((await fetch(`${url}/readyz`)).status === 200 ? true : undefined));
}, 180_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('belagg serve on the embedded default', () => {
  it('serves the seed citation with five findings whose quotes match the raw text', async () => {
    const { data } = await post(
      '{ citations(first: 20) { totalCount edges { node { document { rawText } findings { polarity evidence { start end quote } } } } } }',
    );
    expect(data.citations.totalCount).toBe(1);
    const node = data.citations.edges[0].node;
    expect(node.findings).toHaveLength(5);
    for (const f of node.findings) expect(node.document.rawText.slice(f.evidence[0].start, f.evidence[0].end)).toBe(f.evidence[0].quote);
  });

  it('answers UNAVAILABLE while its Neo4j is down, stays up, and recovers by itself', async () => {
    const pid = neo4jPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid as number, 'SIGKILL');
    const down = await waitFor('UNAVAILABLE', async () => {
      const body = await post('{ parties { abbreviation } }');
      return body.errors?.[0]?.extensions?.code === 'UNAVAILABLE' ? body : undefined;
    });
    expect(down.errors[0].message).toMatch(/unavailable/i);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const recovered = await waitFor('recovery', async () => {
      const body = await post('{ parties { abbreviation } }');
      return body.data?.parties ? body : undefined;
    });
    expect(recovered.data.parties).toEqual([{ abbreviation: 'SD' }]);
    expect(neo4jPid()).not.toBe(pid);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  }, 180_000);

  it('stops cleanly on SIGTERM, taking its Neo4j with it', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor('Neo4j to stop', async () => (neo4jPid() === undefined ? true : undefined), 30_000);
  }, 60_000);
});
