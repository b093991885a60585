/**
 * One document's OCR repair, in three passes over its tokens:
 *  1. line rules ('|' as I, 'e' as bullet) and dictionary repairs of non-words, counting how many words lost
 *     diacritics against how many kept them: the document's damage rate;
 *  2. names (capitalised mid-sentence), repaired only from the document's own spelling of the same name or,
 *     in a document that is clearly damaged, from the dictionary (which lists common surnames: Byström) and
 *     the gazetteer of organisations ("(Bra)" → "(Brå)");
 *  3. words valid both ways (ar/är, vald/våld), decided by frequency, damage rate and neighbours — only in a
 *     document with evidence of damage, so a clean text keeps every word it has.
 */
import type { Variant } from './candidates.js';
import type { WordAnalyzer } from './analyze.js';
import { chooseBothWays, scoreSpelling, type Neighbours } from './context.js';
import { lineRepair } from './ocr.js';
import { applyReplacements, type Replacement } from './offsets.js';
import { gazetteerSpelling } from './gazetteer.js';
import { fold, hasSwedishLetter, isAllCapitals, isCapitalised, restoreDiacritics, withCaseOf } from './text.js';
import { tokenize, type Token } from './tokenize.js';
import type { NormalizedText } from './types.js';

/** Both-ways words change only in a document where at least this many non-words had lost diacritics. */
const MIN_DAMAGED_WORDS = 2;
/** Names are repaired from the dictionary only when at least this share of diacritic words was damaged. */
const NAME_DAMAGE_RATE = 0.5;

interface Choice {
  to: string;
  reason: string;
}

export function normalizeWith(analyzer: WordAnalyzer, raw: string): NormalizedText {
  const tokens = tokenize(raw);
  const analyses = tokens.map((t) => analyzer.analyze(t.text));
  const chosen: (Choice | undefined)[] = new Array<Choice | undefined>(tokens.length);
  const spelledInDocument = documentSpellings(tokens);
  const deferred: number[] = [];
  let damaged = 0;
  let intact = 0;

  tokens.forEach((t, i) => {
    const a = analyses[i]!;
    if (hasSwedishLetter(t.text)) intact++;
    const line = lineRepair(raw, t, tokens[i + 1]);
    if (line) chosen[i] = line;
    else if (a.kind === 'repair' || a.kind === 'unknown') {
      const own = spelledInDocument.get(fold(t.text));
      if (own !== undefined && !hasSwedishLetter(t.text)) chosen[i] = { to: restoreDiacritics(t.text, own), reason: 'document' };
      else if (a.kind === 'repair' && needsDamagedDocument(t)) deferred.push(i);
      else if (a.kind === 'repair') chosen[i] = pickRepair(a.candidates, neighbours(tokens, chosen, i));
    }
    if (chosen[i] && hasSwedishLetter(chosen[i]!.to) && !hasSwedishLetter(t.text)) damaged++;
  });

  const damageRate = (damaged + 0.5) / (damaged + intact + 5);
  if (damageRate >= NAME_DAMAGE_RATE) {
    // The gazetteer first: it knows "Kriminalvården" where the dictionary offers "Kriminalvärden" too.
    tokens.forEach((t, i) => {
      const named = (isCapitalised(t.text) && !t.sentenceInitial) || isAllCapitals(t.text);
      if (chosen[i] || !named || hasSwedishLetter(t.text) || analyses[i]!.kind === 'skip') return;
      const spelled = gazetteerSpelling(t.text);
      if (spelled !== undefined) chosen[i] = { to: restoreDiacritics(t.text, spelled), reason: 'gazetteer' };
    });
    for (const i of deferred) {
      const a = analyses[i]!;
      if (chosen[i] || a.kind !== 'repair' || inParentheses(raw, tokens[i]!)) continue;
      const pick = pickRepair(a.candidates, neighbours(tokens, chosen, i));
      chosen[i] = { to: pick.to, reason: `${pick.reason}:damaged-document` };
    }
  }

  if (damaged >= MIN_DAMAGED_WORDS) {
    const lnRate = Math.log(damageRate);
    tokens.forEach((t, i) => {
      if (analyses[i]!.kind !== 'both-ways' || chosen[i]) return;
      const lower = t.text.toLowerCase();
      const better = chooseBothWays(lower, lnRate, neighbours(tokens, chosen, i));
      if (better !== undefined) chosen[i] = { to: withCaseOf(t.text, better), reason: `context:${lower}→${better}` };
    });
  }

  const replacements: Replacement[] = [];
  tokens.forEach((t, i) => {
    const c = chosen[i];
    if (c && c.to !== t.text) replacements.push({ rawStart: t.start, rawEnd: t.end, to: c.to, reason: c.reason });
  });
  return applyReplacements(raw, replacements);
}

/**
 * Repairs that are only safe in a document known to be damaged: a capitalised word mid-sentence (a name, kept
 * unless the document is damaged: "Bystrom" in a clean text is how its author spelled it), a short word in
 * capitals (an acronym), and a word without a vowel, which is an abbreviation ("kds") in a clean text but
 * "för" read as "fdr" in a damaged one.
 */
function needsDamagedDocument(t: Token): boolean {
  if (t.text.startsWith('|')) return false; // a '|' opening a word is OCR damage in itself
  const acronym = isAllCapitals(t.text) && t.text.length <= 4;
  return (isCapitalised(t.text) && !t.sentenceInitial) || acronym || !/[aeiouyåäöé6|]/i.test(t.text);
}

/** "(kds)": a lone word in parentheses is an abbreviation, not a damaged word. */
function inParentheses(raw: string, t: Token): boolean {
  return raw.charAt(t.start - 1) === '(' && raw.charAt(t.end) === ')' && !/[aeiouyåäöé]/i.test(t.text);
}

/** Folded neighbours of token i as currently repaired; a neighbour across punctuation does not count. */
function neighbours(tokens: readonly Token[], chosen: readonly (Choice | undefined)[], i: number): Neighbours {
  const t = tokens[i]!;
  const prev = t.joinedToPrevious ? tokens[i - 1] : undefined;
  const nextToken = tokens[i + 1];
  const next = nextToken?.joinedToPrevious ? nextToken : undefined;
  const form = (j: number, tok: Token) => fold(chosen[j]?.to ?? tok.text);
  return {
    prev: prev && form(i - 1, prev),
    next: next && form(i + 1, next),
    prevIsNumber: prev !== undefined && /^\d+$/.test(prev.text),
    nextIsNumber: next !== undefined && /^\d+$/.test(next.text),
  };
}

/** Words the document itself spells with å, ä or ö, by folded form: evidence for a damaged copy elsewhere. */
function documentSpellings(tokens: readonly Token[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens) if (hasSwedishLetter(t.text)) out.set(fold(t.text), t.text);
  return out;
}

/**
 * The likeliest repair: the one the lexicon and the neighbours favour; failing that, the one that restores the
 * most diacritics (OCR strips a word's diacritics together, so a half-restored word is the less likely reading);
 * then the cheapest.
 */
function pickRepair(candidates: readonly Variant[], n: Neighbours): Choice {
  const ranked = candidates.map((c, order) => ({
    c,
    order,
    score: scoreSpelling(c.text.toLowerCase(), true, 0, n),
    restored: c.edits.filter((e) => /[äåö]$/.test(e)).length,
  }));
  ranked.sort((a, b) => b.score - a.score || b.restored - a.restored || a.c.cost - b.c.cost || a.order - b.order);
  const best = ranked[0]!.c;
  return { to: best.text, reason: repairReason(best) };
}

const BAR_REASONS: Readonly<Record<string, string>> = {
  '|→I': 'ocr:bar-as-I',
  '|→∅': 'ocr:bar-dropped',
  '|→l': 'ocr:bar-as-l',
};

/** 'dictionary' for diacritic repairs, 'ocr:bar-…' for a '|' read as I or l or dropped, both joined by '+'. */
function repairReason(v: Variant): string {
  const bar = v.edits.map((e) => BAR_REASONS[e]).find((r) => r !== undefined);
  const dictionary = v.edits.some((e) => BAR_REASONS[e] === undefined);
  return bar === undefined ? 'dictionary' : dictionary ? `${bar}+dictionary` : bar;
}
