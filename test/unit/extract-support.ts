/**
 * Test support for the extractor: the real normalizer when the normalize step exists, otherwise an identity
 * normalizer (text === raw, no changes), and the labelled corpus on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NormalizedText } from '../../src/ingest/normalize/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const CORPUS = `${FIXTURES}corpus/`;

export const identity = (raw: string): NormalizedText => ({ raw, text: raw, changes: [], changedTokens: 0 });

let cached: Promise<(raw: string) => NormalizedText> | undefined;

/** The project's normalizer if it exists, else identity. Loaded once (Hunspell takes a moment). */
export function loadNormalizer(): Promise<(raw: string) => NormalizedText> {
  cached ??= (async () => {
    if (!existsSync(fileURLToPath(new URL('../../src/ingest/normalize/index.ts', import.meta.url)))) return identity;
    const mod = (await import('../../src/ingest/normalize/index.js')) as {
      createNormalizer: () => Promise<{ normalize: (raw: string) => NormalizedText }>;
    };
    const n = await mod.createNormalizer();
    return (raw: string) => n.normalize(raw);
  })();
  return cached;
}

export function corpusText(name: string, dir = 'texts'): string {
  return readFileSync(`${CORPUS}${dir}/${name}`, 'utf8');
}
