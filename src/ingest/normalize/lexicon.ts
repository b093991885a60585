/**
 * Words that are valid Swedish both with and without their diacritics (ar/är, vald/våld, stod/stöd ...), with
 * what it takes to choose between them. Only words listed here are ever changed by context; any other valid
 * word is left alone, because without a frequency we have no evidence that the other spelling was meant.
 *
 * FREQUENCY is an estimate of occurrences per million words in Swedish administrative and political prose
 * (motions, committee reports, municipal minutes), hand-set from general usage: "är" is among the commonest
 * words and "ar" (the area unit) almost never occurs; "stöd" (support) is far commoner in this register than
 * "stod" (stood). Only ratios within a group matter. Rare spellings are listed so that a group is complete.
 */
export const FREQUENCY: Readonly<Record<string, number>> = {
  är: 12000, ar: 1, år: 1500,
  för: 12000, for: 50,
  där: 1500, dar: 1,
  från: 3500, frän: 1,
  bör: 500, bor: 200, bår: 1,
  stöd: 400, stod: 100,
  inga: 300, ingå: 40,
  mäns: 40, mans: 15,
  våld: 150, vald: 50,
  vända: 60, vanda: 0.5, vånda: 3,
  så: 3000, sa: 200,
  har: 5000, här: 800, hår: 5,
  vara: 3000, våra: 300,
  bara: 1200, bära: 40,
  får: 1500, far: 30,
  när: 2000, når: 40,
  mål: 300, mal: 1,
  rätt: 400, ratt: 1, rått: 5,
  många: 800, manga: 1,
  rör: 150, ror: 1,
  hör: 100, hor: 1,
  fått: 500, fatt: 1,
  sätt: 300, satt: 200, sått: 1,
  lag: 300, låg: 150,
  ställa: 150, stalla: 0.5,
  om: 5000, öm: 1,
  man: 3000, män: 400, mån: 30,
  mot: 1500, möt: 1,
  som: 8000, söm: 0.5,
  han: 1000, hån: 2,
  stora: 400, störa: 20,
  vad: 1200, våd: 0.5,
  rad: 80, råd: 150, räd: 0.5,
  än: 800, an: 1,
  året: 300, aret: 0.5,
  källor: 30, kallor: 0.5,
  månad: 50, manad: 0.5,
  låter: 80, later: 0.5,
  bäst: 80, bast: 1,
  väg: 80, vag: 3, våg: 20,
  förs: 60, fors: 3,
  kön: 60, kon: 5,
  låt: 60, lat: 3, lät: 40,
  var: 2500, vår: 200,
  vart: 80, vårt: 100, värt: 40,
  andra: 1500, ändra: 100,
  möta: 80, mota: 2,
  känna: 100, kanna: 2,
  låta: 60, lata: 2,
  // Pairs where the damaged form is also a word, or where a damaged non-word has two readings.
  åt: 300, ät: 2,
  nå: 40, nä: 0.5,
  få: 800, fä: 1,
  våldet: 50, väldet: 3,
  vård: 200, värd: 20,
  vården: 100, värden: 30,
  båda: 300, bada: 2,
  skäl: 150, skal: 3,
  skälet: 40, skalet: 2,
  läget: 100, laget: 10,
  råder: 60, rader: 15,
  behövs: 200, behovs: 0.5,
  fortsätta: 100, fortsatta: 80,
  gått: 300, gatt: 0.5,
  åren: 100, aren: 1,
  gäller: 300, galler: 1,
  svårt: 150, svart: 30,
  bästa: 200, basta: 1,
  genomför: 100, genomfor: 0.5,
  läggs: 50, laggs: 0.5,
  lägg: 20, lagg: 1,
  består: 80, bestar: 0.5,
  målet: 100, malet: 1,
  hålla: 150, hallå: 2,
  åter: 30, äter: 5,
  första: 300, förstå: 80,
  förmån: 20, förman: 5, förmän: 1,
  hushåll: 40, hushäll: 0.5,
  krävs: 100, kravs: 0.5,
  säga: 150, saga: 10,
  ökar: 100, okär: 0.5,
  röstade: 50, rostade: 1,
  sätta: 100, satta: 10,
  hårt: 40, hart: 1,
  färre: 50, förre: 10,
  län: 100, lön: 50,
  könen: 20, konen: 1,
  gälla: 80, galla: 0.5,
  väl: 400, val: 300,
  bådas: 5, badas: 0.5,
};

/** Neighbour words (folded: lower case, å/ä→a, ö→o) that make a spelling likelier, as natural-log weights. */
export interface Cues {
  prev?: Readonly<Record<string, number>>;
  next?: Readonly<Record<string, number>>;
  /** Endings of the previous word, e.g. the -t of a neuter adjective before a noun ("flexibelt stöd"). */
  prevEndings?: readonly (readonly [string, number])[];
  /** Endings of the next word, e.g. the -a of an infinitive after a modal verb ("bör inräknas"). */
  nextEndings?: readonly (readonly [string, number])[];
  /** Weight when the previous token is a number ("tre år"). */
  afterNumber?: number;
  /** Weight when the next token is a number ("år 2017"). */
  beforeNumber?: number;
}

/** Words that mark an infinitive to follow: "att ingå", "ska vända". */
const BEFORE_INFINITIVE = { att: 3, ska: 2.5, skall: 2.5, kan: 2, bor: 2, skulle: 2, vill: 2, maste: 2, kunna: 2 };
const SUBJECT_PRONOUNS = { han: 2.5, hon: 2.5, hen: 2.5, det: 1, som: 1, vi: 1.5, de: 1.5, jag: 2.5, man: 1 };

export const CUES: Readonly<Record<string, Cues>> = {
  är: {
    prev: {
      det: 1.5, som: 1, vilket: 2, den: 1, de: 1, vi: 1, ni: 1, jag: 1, han: 1, hon: 1, hen: 1, man: 1, detta: 0.5,
    },
    next: { att: 1.5, inte: 2, en: 1, ett: 1, ocksa: 1, sa: 0.5, det: 0.5 },
  },
  år: {
    afterNumber: 4,
    beforeNumber: 3,
    prev: {
      i: 4, per: 4, forra: 3, senaste: 3, senare: 3, nasta: 3, varje: 3, detta: 2, samma: 2, flera: 3, manga: 3,
      nagra: 3, tva: 3, tre: 3, fyra: 3, fem: 3, tio: 3,
    },
    next: { sedan: 2, gammal: 3, gamla: 3 },
  },
  bor: {
    prev: { jag: 2 },
    next: { i: 3, pa: 3, kvar: 2, hemma: 3, tillsammans: 2, ensam: 2, nara: 3 },
  },
  bör: {
    next: {
      det: 1.5, vi: 1.5, man: 1.5, inte: 1, ocksa: 1, kommunen: 1.5, regeringen: 1.5, darfor: 1.5,
      vara: 2, finnas: 2, ses: 2, ges: 2, bli: 1.5, utredas: 2, goras: 2, fa: 1, ha: 1,
    },
    // A modal before an infinitive: "bör inräknas", "bör definiera".
    nextEndings: [['as', 1.5], ['a', 1]],
  },
  stöd: {
    prev: {
      till: 2, med: 2, om: 1, for: 1, av: 1, utan: 2, ett: 2, och: 0.5, mer: 2, mindre: 2, bra: 1.5,
      eget: 2, sitt: 2, stort: 2, nagot: 2, visst: 2, samt: 1,
    },
    prevEndings: [['skt', 2], ['igt', 2], ['elt', 2], ['alt', 2], ['ilt', 2], ['okat', 2]],
    next: { till: 1, at: 1.5, riktat: 1.5 },
  },
  stod: { prev: SUBJECT_PRONOUNS, next: { kvar: 2, still: 2, bakom: 1.5, infor: 1.5 } },
  ingå: { prev: BEFORE_INFINITIVE, next: { i: 1, som: 1.5, avtal: 1.5 } },
  mäns: { next: { vald: 3, valdsutovning: 3, halsa: 1 } },
  mans: { prev: { en: 3, varje: 2 } },
  våld: {
    prev: {
      mot: 1.5, mans: 3, sexuellt: 2.5, grovt: 2.5, fysiskt: 2.5, psykiskt: 2.5, dodligt: 2.5, med: 0.5, om: 1,
      fran: 1.5, for: 1,
    },
    next: { i: 1.5, mot: 2, och: 0.3, eller: 0.3 },
  },
  vald: {
    prev: { blev: 3, var: 1.5, ar: 1, nyligen: 1, direkt: 2, nyvald: 2 },
    next: { till: 3, av: 2, ledamot: 2, for: 0.5 },
  },
  vända: { prev: BEFORE_INFINITIVE, next: { sig: 2 } },
  // "sa" (said) as the verb of a decision: "riksdagen sa nej till förslagen", "sa ja", "sa upp avtalet". The
  // adverb "så" is hardly ever followed by these words, while the subject before "sa" can be any noun.
  sa: {
    prev: { han: 2.5, hon: 2.5, hen: 2.5 },
    next: { han: 2.5, hon: 2.5, hen: 2.5, nej: 4, ja: 4, upp: 2 },
  },
  här: { next: { i: 0.5 } },
  far: { prev: { mor: 3, och: 0.5, min: 2, sin: 2, hans: 2, hennes: 2 }, next: { illa: 5 } },
  svart: { next: { arbete: 4, arbetskraft: 4, och: 1 } },
  väl: { prev: { sa: 2, lika: 2, ganska: 2, mycket: 1.5, alltfor: 2 }, next: { fungerande: 2, medveten: 2, kand: 2 } },
  fortsätta: { prev: BEFORE_INFINITIVE, next: { att: 1.5 } },
  säga: { prev: BEFORE_INFINITIVE, next: { att: 1 } },
  sätta: { prev: BEFORE_INFINITIVE },
  förstå: { prev: BEFORE_INFINITIVE },
  sätt: {
    prev: { ett: 2.5, pa: 1, samma: 2.5, vilket: 2, nytt: 2, annat: 2, basta: 2, detta: 1.5, olika: 2 },
    next: { att: 2 },
  },
  satt: { prev: SUBJECT_PRONOUNS, next: { kvar: 2, i: 0.5, pa: 0.5 } },
  råd: { prev: { brottsforebyggande: 3, lokala: 1.5, ge: 2, goda: 2, lokalt: 1.5 } },
  rad: { prev: { en: 2, hel: 2, forsta: 2 } },
  män: { prev: { unga: 3, aldre: 2, valdsutovande: 3 }, next: { och: 1 } },
  ändra: { prev: BEFORE_INFINITIVE },
  möta: { prev: BEFORE_INFINITIVE },
  låta: { prev: BEFORE_INFINITIVE },
  känna: { prev: BEFORE_INFINITIVE },
  ställa: { prev: BEFORE_INFINITIVE },
};
