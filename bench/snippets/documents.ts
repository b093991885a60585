/**
 * Long motions for the snippet benchmark: a generator-style head, then ordinary council prose, with three words
 * placed where a search's snippet must find them — one near the start, one far in, one anywhere (seeded).
 */
import { int, type Random } from '../generate/random.js';

/** Each word of the benchmark, and where it stands in every document. */
export const PLACED_WORDS = {
  early: 'Tallbacksmodellen',
  late: 'Fjällräddningsprojektet',
  anywhere: 'Ekbackeskolan',
} as const;
export type Placement = keyof typeof PLACED_WORDS;

const SENTENCES = [
  'Nämnden redovisar verksamhetens kostnader och planerar för kommande år.',
  'Förvaltningen har sett över lokalbehovet i samtliga kommundelar.',
  'Uppföljningen visar att målen för året i huvudsak har nåtts.',
  'Kommunstyrelsen återkommer med en fördjupad analys under hösten.',
  'Arbetet sker i samråd med berörda nämnder och föreningar.',
];

/** `chars` characters of prose, numbered so no two paragraphs of a corpus are alike. */
function prose(random: Random, chars: number, tag: string): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) {
    const sentences = Array.from({ length: int(random, 2, 5) }, () => SENTENCES[int(random, 0, SENTENCES.length - 1)]);
    text += `${tag}.${i}. ${sentences.join(' ')}\n\n`;
  }
  // Cut at a paragraph's end, so a placed word never runs into a cut word.
  const end = text.lastIndexOf('\n\n', chars);
  return end < 0 ? '' : text.slice(0, end + 2);
}

export interface LongDocument {
  text: string;
  /** Where each placed word begins. */
  at: Record<Placement, number>;
}

export function longDocument(random: Random, index: number, chars: number): LongDocument {
  const head = `Motion till kommunfullmäktige i Huddinge kommun
Långa motioner ${index}: lokaler och verksamhet
2025-03-${String(1 + (index % 28)).padStart(2, '0')}, dnr 2025/${index}
Motionärer: Eva Ek (MP)

`;
  // Positions as shares of the document: the early word within its first 1,500 characters, the late one in its
  // last third, the third anywhere.
  const wanted: Array<[Placement, number]> = [
    ['early', head.length + int(random, 200, 1_500)],
    ['late', Math.floor(chars * (0.65 + 0.3 * random()))],
    ['anywhere', int(random, head.length, chars - 200)],
  ];
  wanted.sort((a, b) => a[1] - b[1]);
  let text = head;
  const at = {} as Record<Placement, number>;
  for (const [placement, position] of wanted) {
    text += prose(random, Math.max(0, position - text.length), `${index}.${placement}`);
    at[placement] = text.length;
    text += `${PLACED_WORDS[placement]} nämns här. `;
  }
  text += prose(random, Math.max(0, chars - text.length), `${index}.end`);
  return { text, at };
}
