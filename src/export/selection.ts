/**
 * What an export covers, parsed the same way for the CLI and for HTTP query parameters: the whole graph
 * (nothing given), a neighbourhood (`root` ids and `hops`), or the subgraph behind the citations answer
 * (`citations` and/or its filter fields). Unknown or malformed parameters are refused, not ignored, so a typo
 * never silently exports the whole graph.
 */
import { z } from 'zod';
import { badInput } from '../errors.js';

export const MAX_HOPS = 5;
export const DEFAULT_HOPS = 1;
const MAX_ROOTS = 100;

export interface CitationFilter {
  motionId: string | null;
  evaluationId: string | null;
  partyAbbreviation: string | null;
  municipalityId: string | null;
  projectId: string | null;
}

export type Selection =
  | { kind: 'all' }
  | { kind: 'roots'; roots: string[]; hops: number }
  | { kind: 'citations'; filter: CitationFilter };

const id = z.string().trim().min(1, 'expected a non-empty id').max(300, 'expected an id of at most 300 characters');
/** Query strings repeat a key for a list (?root=a&root=b); the CLI passes an array. */
const idList = z
  .union([id, z.array(id)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(id).max(MAX_ROOTS, `expected at most ${MAX_ROOTS} root ids`));
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === '');

export const selectionSchema = z
  .strictObject({
    root: idList.optional(),
    hops: z.coerce
      .number({ error: 'expected a whole number of hops' })
      .int('expected a whole number of hops')
      .min(0, 'expected hops >= 0')
      .max(MAX_HOPS, `expected hops <= ${MAX_HOPS}`)
      .optional(),
    citations: flag.optional(),
    motionId: id.optional(),
    evaluationId: id.optional(),
    partyAbbreviation: z.string().trim().regex(/^[A-Za-zÅÄÖåäö]{1,10}$/, 'expected a party abbreviation such as SD').optional(),
    municipalityId: id.optional(),
    projectId: id.optional(),
  })
  .transform((q, ctx): Selection => {
    const filter: CitationFilter = {
      motionId: q.motionId ?? null,
      evaluationId: q.evaluationId ?? null,
      partyAbbreviation: q.partyAbbreviation?.toUpperCase() ?? null,
      municipalityId: q.municipalityId ?? null,
      projectId: q.projectId ?? null,
    };
    const citations = q.citations === true || Object.values(filter).some((v) => v !== null);
    if (q.root && citations) {
      ctx.addIssue({ code: 'custom', message: 'choose either root ids or a citations selection, not both' });
      return z.NEVER;
    }
    if (q.hops !== undefined && !q.root) {
      ctx.addIssue({ code: 'custom', path: ['hops'], message: 'hops needs at least one root id' });
      return z.NEVER;
    }
    if (q.root) return { kind: 'roots', roots: q.root, hops: q.hops ?? DEFAULT_HOPS };
    if (citations) return { kind: 'citations', filter };
    return { kind: 'all' };
  });

/** Parses raw parameters; every problem is reported in one BAD_USER_INPUT message. */
export function parseSelection(raw: unknown): Selection {
  const parsed = selectionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''} ${i.keys.join(', ')}`;
    return i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message;
  });
  throw badInput(`Invalid export selection: ${problems.join('; ')}`);
}
