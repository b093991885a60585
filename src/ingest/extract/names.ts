/**
 * People's names and party tags. A name is two to four capitalised words ("Bengt Harding Olson", "Anna-Karin
 * Ivert"); a party tag is "(SD)", "(s)", "(fp)", "(båda SD)", "(alla L)" or "(MP-gruppen)", resolved through the
 * gazetteer (fp → L, kds → KD, vpk → V); a local party the gazetteer does not know keeps its letters ("SKBGD").
 * OCR damage in Swedish surname elements is repaired only in texts that lost their diacritics.
 */
import { findParty } from '../../domain/gazetteer/index.js';
import lexicon from './lexicon/names.json' with { type: 'json' };

const TOKEN = "[\\p{Lu}][\\p{Ll}'’]+(?:-[\\p{Lu}][\\p{Ll}]+)?";
/** A person's name: 2–4 capitalised words on one line. */
export const NAME = `${TOKEN}(?:[ \\t]+(?:(?:af|von|van|de|der)[ \\t]+)?${TOKEN}){1,3}`;
/** A party tag in parentheses; group 1 is the letters. */
export const PARTY = '\\((?:(?:båda|alla|samtliga)\\s+)?([\\p{L}]{1,6})(?:-gruppen)?\\)';

const notNames = new Set(lexicon.notNames);
const repairs = lexicon.repair.map(([from, to]) => [new RegExp(from as string, 'u'), to as string] as const);

/** Whether a capitalised phrase can be a person's name (not "Motionen bifalls", not "Kommunstyrelsen"). */
export function isName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && !words.some((w) => notNames.has(w)) && !findParty(words[0] ?? '');
}

/** The party abbreviation for tag letters or a party's name, or null. */
export function partyOf(letters: string): string | null {
  const p = findParty(letters.replace(/-gruppen$/i, ''));
  if (p) return p.abbreviation;
  return /^[\p{L}]{1,6}$/u.test(letters) ? letters.toUpperCase() : null;
}

/** Repairs OCR damage in surname elements (Bystrom → Byström, Blomgvist → Blomqvist). */
export function repairName(name: string, ocrDamaged: boolean): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!ocrDamaged) return clean;
  return clean
    .split(' ')
    .map((w) => repairs.reduce((acc, [re, to]) => acc.replace(re, to), w))
    .join(' ');
}

/** Whether the raw text lost its diacritics (Swedish prose has about 3% å/ä/ö among letters). */
export function lostDiacritics(raw: string): boolean {
  const letters = raw.match(/\p{L}/gu)?.length ?? 0;
  const diacritics = raw.match(/[åäöÅÄÖ]/gu)?.length ?? 0;
  return letters > 200 && diacritics / letters < 0.005;
}
