/**
 * A citing document cut down to the stored properties a request reads: lists of citations that show only a
 * document's id sent every document whole (an evaluation's finding coverage at M: 60 of its 74 kB).
 */

/** Document's stored scalar properties, the only names a cut-down projection is built from. */
export const DOCUMENT_PROPERTIES = ['id', 'title', 'kind', 'date', 'url', 'language', 'agendaItem', 'sha256', 'ingestedAt', 'municipalityId'] as const;
export type DocumentProperty = (typeof DOCUMENT_PROPERTIES)[number];

const PROPERTY: Record<DocumentProperty, string> = {
  id: '.id',
  title: '.title',
  kind: '.kind',
  date: '.date',
  url: '.url',
  language: '.language',
  agendaItem: '.agendaItem',
  sha256: '.sha256',
  ingestedAt: '.ingestedAt',
  municipalityId: '.municipalityId',
};

/** `d` as a map of the given properties, or of all but its texts and fingerprint. */
export const documentProjection = (properties: ReadonlySet<DocumentProperty> | 'all') =>
  properties === 'all'
    ? 'd{.*, rawText: null, text: null, fingerprint: null}'
    : `d{${DOCUMENT_PROPERTIES.filter((p) => properties.has(p)).map((p) => PROPERTY[p]).join(', ')}}`;
