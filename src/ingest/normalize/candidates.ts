/**
 * Generates the spellings an OCR-damaged word may have had, cheapest first. The damage model is the one seen
 * in scanned Swedish municipal documents: å→a; ä→a, sometimes i, é or "dé"; ö→o, sometimes é, 6 or d; a
 * capital I read as '|' (or a bullet glued to a word as a leading '|', or an l); "qv" in surnames read as "gv".
 * Costs rank the edits by how common that damage is, so a common repair is tried before a rare one.
 */

export interface Variant {
  text: string;
  /** Sum of the edit costs (SIGNATURE, COMMON, RARE below). */
  cost: number;
  /** Names of the edits applied, e.g. ['a→ä'], for explaining a change. */
  edits: string[];
}

interface Edit {
  /** How many raw characters the edit consumes. */
  length: number;
  replacement: string;
  cost: number;
  name: string;
}

/**
 * Common damage costs 2, rarer damage 4; dropping a leading '|' (a bullet remnant) or reading it as l costs 3.
 * "dé" for ä costs 1: the pair hardly occurs in Swedish otherwise, so it is the likeliest reading of itself.
 */
const SIGNATURE = 1;
const COMMON = 2;
const RARE = 4;
export const MAX_COST = 8;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** The edits that may start at position i of word. */
function editsAt(word: string, i: number): Edit[] {
  const c = word.charAt(i);
  const next = word.charAt(i + 1);
  const up = c !== c.toLowerCase();
  const cased = (s: string) => (up ? s.toUpperCase() : s);
  switch (c.toLowerCase()) {
    case 'a':
      return [
        { length: 1, replacement: cased('ä'), cost: COMMON, name: 'a→ä' },
        { length: 1, replacement: cased('å'), cost: COMMON, name: 'a→å' },
      ];
    case 'o':
      return [{ length: 1, replacement: cased('ö'), cost: COMMON, name: 'o→ö' }];
    case 'é':
      return [
        { length: 1, replacement: cased('ö'), cost: COMMON, name: 'é→ö' },
        { length: 1, replacement: cased('ä'), cost: COMMON, name: 'é→ä' },
      ];
    case 'i':
      return [{ length: 1, replacement: cased('ä'), cost: RARE, name: 'i→ä' }];
    case 'd': {
      const edits: Edit[] = [];
      if (next === 'é') edits.push({ length: 2, replacement: cased('ä'), cost: SIGNATURE, name: 'dé→ä' });
      edits.push({ length: 1, replacement: cased('ö'), cost: RARE, name: 'd→ö' });
      return edits;
    }
    case 'g':
      return next === 'v' && i > 0 ? [{ length: 1, replacement: cased('q'), cost: RARE, name: 'gv→qv' }] : [];
    case '6': {
      // Inside a word, or opening a word of lower-case letters ("6kning", but not "6st" or "6a").
      const inWord = i === 0 ? /^\p{Ll}{3}/u.test(word.slice(1)) : isLetter(word.charAt(i - 1)) && isLetter(next);
      return inWord ? [{ length: 1, replacement: 'ö', cost: COMMON, name: '6→ö' }] : [];
    }
    case '|':
      return i === 0
        ? [
            { length: 1, replacement: 'I', cost: COMMON, name: '|→I' },
            { length: 1, replacement: '', cost: 3, name: '|→∅' },
            { length: 1, replacement: 'l', cost: 3, name: '|→l' },
          ]
        : [{ length: 1, replacement: 'l', cost: COMMON, name: '|→l' }];
    default:
      return [];
  }
}

/**
 * Every variant of `word` whose edits cost exactly `cost`, in a stable order. The caller walks costs upwards
 * and stops at the first cost with a dictionary word, so cheap explanations win over contrived ones.
 */
export function variantsAtCost(word: string, cost: number): Variant[] {
  const out: Variant[] = [];
  const walk = (i: number, spent: number, text: string, edits: string[]) => {
    if (spent > cost) return;
    if (i >= word.length) {
      if (spent === cost) out.push({ text, cost, edits });
      return;
    }
    walk(i + 1, spent, text + word.charAt(i), edits);
    for (const e of editsAt(word, i)) walk(i + e.length, spent + e.cost, text + e.replacement, [...edits, e.name]);
  };
  walk(0, 0, '', []);
  return out;
}

/** True if some edit applies to the word at all; most words need no variant generation. */
export function mayBeDamaged(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (editsAt(word, i).length > 0) return true;
  return false;
}
