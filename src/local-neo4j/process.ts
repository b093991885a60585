/**
 * Starts and stops the embedded default database: the Java launcher in its own process, Bolt on 127.0.0.1.
 * The launcher prints one READY line once Bolt answers; we wait for it, with a clear error if it never comes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { classesDir, launcherMainClass, libDir } from './paths.js';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCacheMb: number;
  /** Stop the database when this process's stdin pipe to it closes (tests: no orphans after a crash). */
  tieToParent?: boolean;
  startTimeoutMs?: number;
  /** Restart the database if it dies on its own (the API keeps serving UNAVAILABLE meanwhile). */
  restartOnCrash?: boolean;
  log?: (line: string) => void;
  /**
   * The product's launcher with more on its classpath and JVM arguments: the benchmark's database adds APOC's jars
   * and `-Dbelagg.plugins` (the product never does).
   */
  launcher?: { extraClasspath: string[]; jvmArgs: string[] };
}

/** The flags the stock neo4j.conf passes to the JVM; embedded launchers must pass them themselves. */
function jvmFlags(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}

export class LocalNeo4j {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;

  constructor(readonly options: LocalNeo4jOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('local Neo4j is already running');
    const { dataDir, boltPort, heap, pageCacheMb, tieToParent = false, startTimeoutMs = 120_000 } = this.options;
    mkdirSync(dataDir, { recursive: true });
    const launcher = {
      classpath: [classesDir, path.join(libDir, '*'), ...(this.options.launcher?.extraClasspath ?? [])],
      jvmArgs: this.options.launcher?.jvmArgs ?? [],
    };
    const args = [
      ...jvmFlags(heap),
      ...launcher.jvmArgs,
      '-cp',
      launcher.classpath.join(path.delimiter),
      launcherMainClass,
      dataDir,
      String(boltPort),
      String(pageCacheMb),
      ...(tieToParent ? ['--exit-on-stdin-eof'] : []),
    ];
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const errTail: string[] = [];
    child.stderr?.on('data', (c: Buffer) => {
      errTail.push(...c.toString('utf8').split('\n').filter(Boolean));
      errTail.splice(0, Math.max(0, errTail.length - 40));
    });

    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.stop();
        reject(new Error(`local Neo4j did not become ready within ${startTimeoutMs / 1000}s`));
      }, startTimeoutMs);
      const onData = (c: Buffer) => {
        if (c.toString('utf8').includes('BELAGG_NEO4J_READY')) {
          cleanup();
          resolve();
        }
      };
      const onExit = (code: number | null) => {
        cleanup();
        this.child = undefined;
        reject(new Error(explainFailure(code, errTail, this.options)));
      };
      const onError = (e: Error) => {
        cleanup();
        this.child = undefined;
        reject(new Error(`could not run java: ${e.message}. Install Java 17+ (see README, Prerequisites).`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.off('exit', onExit);
        child.off('error', onError);
      };
      child.stdout?.on('data', onData);
      child.on('exit', onExit);
      child.on('error', onError);
    });
    // Keep draining the pipes so a chatty JVM never blocks on a full buffer.
    child.stdout?.resume();
    this.crashes = 0;
    child.once('exit', (code) => this.onExit(child, code));
  }

  private crashes = 0;

  /** Called when a ready database exits. A stop() clears this.child first, so only a crash gets here. */
  private onExit(child: ChildProcess, code: number | null): void {
    if (this.child !== child) return;
    this.child = undefined;
    const log = this.options.log ?? (() => undefined);
    if (!this.options.restartOnCrash) {
      log(`local Neo4j exited unexpectedly (code ${code})`);
      return;
    }
    const delay = Math.min(30_000, 1_000 * 2 ** this.crashes++);
    log(`local Neo4j exited unexpectedly (code ${code}); restarting in ${delay / 1000}s`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.start().then(
        () => log('local Neo4j restarted'),
        (e: unknown) => log(`local Neo4j restart failed: ${e instanceof Error ? e.message : String(e)}`),
      );
    }, delay);
  }

  private restartTimer: NodeJS.Timeout | undefined;

  /** SIGTERM: the launcher's shutdown hook stops Neo4j cleanly. SIGKILL only if it hangs. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    this.options.restartOnCrash = false;
    const child = this.child;
    if (!child || !this.exited) return;
    this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(killer);
  }

  /** For fault tests: the database dies without a clean shutdown. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.exited) return;
    this.child = undefined;
    child.kill('SIGKILL');
    await this.exited;
  }
}

function explainFailure(code: number | null, errTail: string[], o: LocalNeo4jOptions): string {
  const text = errTail.join('\n');
  if (/Address already in use|BindException/i.test(text))
    return `local Neo4j could not listen on 127.0.0.1:${o.boltPort}: the port is in use. Set BELAGG_BOLT_PORT to a free port.`;
  if (/FileLockException|already locked|store is locked/i.test(text))
    return `local Neo4j could not lock ${o.dataDir}: another Belägg (or Neo4j) is using it. Stop it, or set BELAGG_DATA_DIR.`;
  if (/UnsupportedClassVersionError/.test(text)) return 'local Neo4j needs Java 17 or newer on PATH.';
  return `local Neo4j exited with code ${code} before it was ready. Last lines:\n${errTail.slice(-15).join('\n')}`;
}
