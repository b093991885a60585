/**
 * The motion's title: "Ärende 18. <title> — svar på motion", "Motion av A (L) om <title>", "Motion: <title>",
 * "motion gällande <title> ska avslås", "har lämnat in en motion angående <title>"; a Riksdag motion's or a
 * municipal motion's own heading. Documents that are not about one motion (reports, evaluations) have none.
 */
import type { Ctx } from './context.js';
import type { Span } from './spans.js';
import { sv } from './sv.js';

const fromText = [
  sv('^[ \\t]*(?:Ärende\\s+\\d+\\.?\\s*)?(?<t>[^\\n—–]+?)\\s*[—–-]\\s*svar på motion', 'imu'),
  sv('^[ \\t]*(?:svar på )?motion (?:väckt )?av [^\\n]*?\\)\\s+om\\s+(?<t>[^\\n]+?)(?:\\s+(?:avslås|bifalls|besvaras))?\\.?[ \\t]*$', 'imu'),
  // "Motion till kommunfullmäktige om trygghetskameror": the heading names the addressee before the title
  sv('^[ \\t]*Motion till (?:kommun|region|landstings)?fullmäktige (?:om|angående|gällande) (?<t>[^\\n]+?)\\.?[ \\t]*$', 'imu'),
  sv('Motion\\s+(?:om|angående|gällande)\\s+(?<t>[^\\n]+?)\\.?[ \\t]*$', 'mu'),
  sv('\\bmotion(?:en)?\\s+(?:gällande|angående|om)\\s+(?<t>[^.\\n]{3,150}?)\\s+(?:ska|skall)\\s+(?:avslås|bifallas|bifalls|besvaras|anses)', 'iu'),
  sv('\\b(?:har lämnat in|lämnade in|väckt) en motion (?:angående|om|gällande|med benämningen)\\s+”?(?<t>[^.”\\n]{3,150})', 'iu'),
  // "Sverigedemokraternas motion om att utreda …": a party's motion, its title up to the end of the sentence
  sv('\\b\\p{Lu}\\p{Ll}+(?:nas|s) motion (?:om|angående|gällande) (?<t>[^.\\n]{3,150}?)(?=[.\\n]| (?:återremitterades|bifölls|avslogs|besvarades|behandlades|har|ska|skall|kom)\\b)', 'u'),
  // "Därför motionerade Per Carlberg om ökad kameraövervakning i Tyresö."
  sv('\\bmotionerade\\s+(?:[^.\\n]{0,60}?\\s+)?(?:om|angående|gällande)\\s+(?<t>[^.\\n]{3,150})', 'iu'),
  sv('\\bmotion(?:en)?\\s+[”"“](?<t>[^”"“\\n]{3,150})[”"“]', 'iu'),
  sv('\\ben motion(?: till [^.\\n]{0,40}?)? (?:om|angående|gällande) (?<t>[^.\\n]{3,150})', 'iu'),
  // "Vår motion om X återremitterades …": the title ends where the sentence turns to what happened to it
  sv('\\b(?:vår|den|sin|hans|hennes|deras) motion (?:om|angående|gällande) (?<t>[^.\\n]{3,150}?)(?= (?:återremitterades|bifölls|avslogs|besvarades|behandlades|har|ska|skall|kom)\\b|[.\\n])', 'iu'),
];
const fromTitle = sv('^(?:Beslut i \\S+ )?motion(?:\\s*[:;]|\\s+om|\\s+angående|\\s+gällande)\\s+(?<t>.+)$', 'iu');

export function motionTitle(ctx: Ctx, title: { text: string; span: Span } | null): { text: string; span: Span } | null {
  if (!['motion', 'motion-response', 'protocol', 'riksdag-motion', 'proposal', 'other'].includes(ctx.kind)) return null;
  if (title && ctx.kind === 'riksdag-motion') return title;
  const head = ctx.t.slice(0, 1500);
  if (title) {
    const m = fromTitle.exec(ctx.t.slice(title.span.start, title.span.end));
    const g = m?.groups?.t;
    // the heading may carry the site's name after a bar: "Motion om X | Partiet i Y"
    if (m && g) return at(ctx, title.span.start + m.index + m[0].length - g.length, g.replace(/\s+\|\s+[^|]+$/u, ''));
  }
  // a motion's own heading is its title; the patterns below would find motions it refers to
  if (title && ctx.kind === 'motion' && !fromText.slice(0, 3).some((re) => re.test(ctx.t))) return title;
  for (const re of fromText) {
    const m = re.exec(re === fromText[0] ? head : ctx.t);
    const g = m?.groups?.t?.trim();
    if (m && g) return at(ctx, m.index + m[0].indexOf(m.groups?.t as string), g);
  }
  return title && ctx.kind === 'motion' ? title : null;
}

function at(ctx: Ctx, start: number, raw: string): { text: string; span: Span } {
  const text = raw.trim().replace(/\s+/g, ' ');
  const s = start + (raw.length - raw.trimStart().length);
  return { text, span: { start: s, end: s + raw.trim().length } };
}
