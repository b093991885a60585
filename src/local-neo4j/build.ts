/**
 * Builds the Java launcher and fetches its jars once (mvn package copies them to target/lib), so that later
 * starts run plain `java` and never resolve Maven again. The first build says so and shows progress.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { buildStampFile, launcherClassFile, launcherDir, launcherSourceFile, libDir } from './paths.js';

/** Roughly how many files (poms and jars) a first fetch brings; only scales the progress bar. */
const EXPECTED_JARS = 450;

/** The pom and the launcher's source: a change to either (a new Neo4j version, a new setting) rebuilds. */
function buildInputsHash(): string {
  return createHash('sha256').update(readFileSync(path.join(launcherDir, 'pom.xml'))).update(readFileSync(launcherSourceFile)).digest('hex');
}

export function launcherIsBuilt(): boolean {
  if (!existsSync(launcherClassFile) || !existsSync(libDir) || !existsSync(buildStampFile)) return false;
  if (readdirSync(libDir).filter((f) => f.endsWith('.jar')).length === 0) return false;
  return readFileSync(buildStampFile, 'utf8').trim() === buildInputsHash();
}

export interface BuildOptions {
  /** Show a progress bar on stderr (the CLI does; tests do not). */
  progress?: boolean;
  log?: (line: string) => void;
}

export async function ensureLauncherBuilt(options: BuildOptions = {}): Promise<'built' | 'present'> {
  if (launcherIsBuilt()) return 'present';
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  log('First run: building the local Neo4j (Community 5.26) launcher and fetching its jars from Maven Central (about 120 MB, once).');
  const bar = options.progress
    ? new cliProgress.SingleBar(
        { format: 'Fetching Neo4j jars [{bar}] {value} artifacts | {duration_formatted}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(EXPECTED_JARS, 0);
  let fetched = 0;
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests'], {
      cwd: launcherDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        if (output.length > 200) output.shift();
        if (/^\[INFO\] Downloaded from|Copying .*\.jar to/.test(line)) bar?.update(Math.min(++fetched, EXPECTED_JARS));
      }
    };
    mvn.stdout.on('data', onLine);
    mvn.stderr.on('data', onLine);
    mvn.on('error', (e) =>
      reject(new Error(`Could not run Maven (mvn): ${e.message}. Install Maven 3 and Java 17+ (see README, Prerequisites).`)),
    );
    mvn.on('close', (c) => resolve(c ?? 1));
  });
  bar?.update(EXPECTED_JARS);
  bar?.stop();
  if (code !== 0 || !existsSync(launcherClassFile)) {
    throw new Error(`Building the local Neo4j launcher failed (mvn exit ${code}). Last lines:\n${output.slice(-25).join('\n')}`);
  }
  writeFileSync(buildStampFile, buildInputsHash());
  log(`Local Neo4j launcher built: ${readdirSync(libDir).length} jars in ${path.relative(process.cwd(), libDir) || libDir}.`);
  return 'built';
}
