/**
 * Stable, readable ids derived from natural keys (DESIGN.md: "party/SD", "organization/bra", "project/igor").
 * Loading the same thing twice must give the same id, so every id here is a pure function of its key.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/**
 * Slugs made lately. Loading plans ids from the same names, parties, organizations and findings document after
 * document, and folding them anew (NFKD, then stripping marks) was a tenth of a bulk load's writing thread (issue 6).
 * Bounded, as the names come from input.
 */
const slugs = new LRUCache<string, string>({ max: 10_000 });

/** Lower-case ASCII slug: Swedish letters folded (å, ä → a; ö → o; é → e), anything else a single dash. */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '') // strips the ring and the diaeresis after NFKD: å → a, ä → a, ö → o
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    slugs.set(text, slug);
  }
  return slug;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Municipalities whose names fold to one slug get ids apart. Among Sweden's 290 only Håbo (Uppsala län) and Habo
 * (Jönköpings län) do; Håbo's slug spells å "aa", as Swedish did before 1900, so both ids stay readable and Habo's,
 * the one such stores already used for both, stays its own.
 */
const municipalitySlugs = new Map([['håbo', 'haabo']]);

/** The slug of a municipality's name, or of a name that scopes ids by place (a motion's municipality, "riksdagen"):
 * the name folded, but Håbo's kept apart from Habo's. */
export function placeSlug(name: string): string {
  return municipalitySlugs.get(name.trim().normalize('NFC').toLowerCase()) ?? slugify(name);
}

/** A short slug of the first words, plus a hash of the whole, so long texts get short ids that stay unique. */
function wordsSlug(text: string, words: number): string {
  const slug = slugify(text);
  return `${slug.split('-').slice(0, words).join('-')}-${sha256Hex(slug).slice(0, 8)}`;
}

export const ids = {
  document: (rawText: string) => `document/${sha256Hex(rawText).slice(0, 16)}`,
  party: (abbreviation: string) => `party/${abbreviation.toUpperCase()}`,
  person: (name: string) => `person/${slugify(name)}`,
  organization: (key: string) => `organization/${slugify(key)}`,
  municipality: (name: string) => `municipality/${placeSlug(name.replace(/\s+(kommun|stad)$/i, ''))}`,
  project: (name: string) => `project/${slugify(name)}`,
  evaluation: (key: string) => `evaluation/${slugify(key)}`,
  finding: (evaluationId: string, text: string) =>
    `finding/${evaluationId.replace(/^evaluation\//, '')}/${wordsSlug(text, 6)}`,
  /** scope: a municipality's name, a body's, "riksdagen" or "unscoped" */
  motion: (scope: string, title: string) => `motion/${placeSlug(scope)}/${wordsSlug(title, 8)}`,
  topic: (name: string) => `topic/${slugify(name)}`,
  claim: (documentId: string, key: string) => `claim/${documentId.replace(/^document\//, '')}/${slugify(key)}`,
};
