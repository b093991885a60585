/**
 * The gazetteer: Swedish parties and organisations with their aliases, so that "Brå", "BRÅ" and
 * "Brottsförebyggande rådet" resolve to one node, and a municipality's own "brottsförebyggande råd" does not.
 * Municipal bodies (Kommunstyrelsen, Kommunfullmäktige, förvaltningen) are scoped to their municipality.
 */
import { z } from 'zod';
import partiesJson from './parties.json' with { type: 'json' };
import organizationsJson from './organizations.json' with { type: 'json' };
import { ids, placeSlug, slugify } from '../ids.js';
import { organizationKinds } from '../../ingest/record.js';

const partySchema = z.array(z.object({ abbreviation: z.string(), name: z.string(), aliases: z.array(z.string()) }));
const organizationSchema = z.array(
  z.object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(organizationKinds),
    aliases: z.array(z.string()),
    notAliases: z.array(z.string()).optional(),
    partOf: z.string().optional(),
  }),
);

export type GazetteerParty = z.infer<typeof partySchema>[number] & { id: string };
export type GazetteerOrganization = z.infer<typeof organizationSchema>[number] & { id: string; partOfId?: string };

export const parties: GazetteerParty[] = partySchema
  .parse(partiesJson)
  .map((p) => ({ ...p, id: ids.party(p.abbreviation) }));

export const organizations: GazetteerOrganization[] = organizationSchema.parse(organizationsJson).map((o) => ({
  ...o,
  id: ids.organization(o.key),
  ...(o.partOf ? { partOfId: ids.organization(o.partOf) } : {}),
}));

/** Case- and diacritic-insensitive key, so OCR-damaged and normalized spellings meet. */
const fold = (s: string) => slugify(s);

const partyByKey = new Map<string, GazetteerParty>();
for (const p of parties) for (const k of [p.abbreviation, p.name, ...p.aliases]) partyByKey.set(fold(k), p);

const organizationByKey = new Map<string, GazetteerOrganization>();
for (const o of organizations) for (const k of [o.name, ...o.aliases]) organizationByKey.set(fold(k), o);

export function findParty(abbreviationOrName: string): GazetteerParty | undefined {
  return partyByKey.get(fold(abbreviationOrName));
}

export function findOrganization(name: string): GazetteerOrganization | undefined {
  return organizationByKey.get(fold(name));
}

const municipalBodies: Array<{ pattern: RegExp; name: string; kind: GazetteerOrganization['kind'] }> = [
  { pattern: /^kommunstyrelsens? (förvaltning|förvaltnings?)$/i, name: 'Kommunstyrelsens förvaltning', kind: 'administration' },
  { pattern: /^kommunstyrelsen?s?$/i, name: 'Kommunstyrelsen', kind: 'political-body' },
  { pattern: /^kommunfullmäktiges?$/i, name: 'Kommunfullmäktige', kind: 'political-body' },
];

/** A body of one municipality ("Kommunstyrelsen" in Huddinge), with an id scoped to that municipality. */
export function municipalBody(name: string, municipality: string) {
  const known = municipalBodies.find((b) => b.pattern.test(name.trim()));
  const canonical = known?.name ?? name.trim();
  return {
    id: ids.organization(`${placeSlug(municipality)}-${canonical}`),
    name: canonical,
    kind: known?.kind ?? ('political-body' as const),
    partOfId: ids.municipality(municipality),
  };
}
