/** xmllint (libxml2-utils), to validate GraphML against the vendored GraphML 1.0 schema and read values back. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const GRAPHML_XSD = fileURLToPath(new URL('../fixtures/graphml/graphml.xsd', import.meta.url));

function xmllint(args: string[]) {
  const r = spawnSync('xmllint', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new Error(`xmllint is needed for this test (apt-get install libxml2-utils): ${r.error.message}`);
  return r;
}

/** --nonet: the schema and its imports are local files; nothing is fetched. */
export function validateGraphml(file: string): { valid: boolean; messages: string } {
  const r = xmllint(['--noout', '--nonet', '--schema', GRAPHML_XSD, file]);
  return { valid: r.status === 0, messages: r.stderr };
}

export function xpathString(file: string, expression: string): string {
  const r = xmllint(['--nonet', '--xpath', `string(${expression})`, file]);
  if (r.status !== 0) throw new Error(r.stderr);
  // xmllint ends what it prints with a newline of its own.
  return r.stdout.endsWith('\n') ? r.stdout.slice(0, -1) : r.stdout;
}
