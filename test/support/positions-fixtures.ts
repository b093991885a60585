/**
 * What the party-positions tests load besides the seed: corpus texts (with the dates SOURCES.md gives; undated
 * ones stay undated) and one hand-curated motion that argues AGAINST a project. The rules do not yet extract an
 * argument against a project, so a curated record stands in for one; its spans are computed from its text.
 */
import { documentInput, spanOf } from './fixture-documents.js';

export const CORPUS: Array<[string, string | undefined]> = [
  ['10_uppsala-ks-hrv-samordnare', '2016-01-27'],
  ['13_tyreso-sd-trygghetsberedning', undefined],
  ['30_karlskoga-sd-begaran-om-aterremiss', '2018-02-27'],
  ['32_vgr-regionfullmaktige-motion-hallplatser', '2022-11-29'],
  ['34_riksdag-mot-2019-20-536-ordningsvakter', '2019-09-26'],
  // a ledamotsinitiativ with an M author but no motion: the party exists, with no motions
  ['36_tyreso-m-ledamotsinitiativ-ordningsvakter', '2020-05-04'],
];

const nackaText = `Motion till kommunfullmäktige i Nacka kommun
Lämna IGOR
av Vera Exempel (V)

Kommunen deltar sedan 2023 i IGOR. Projektet binder socialtjänstens resurser vid polisens arbetssätt.
Därför bör kommunen lämna IGOR och i stället stärka socialtjänstens eget arbete mot våld i nära relationer.
`;
export const nackaMotion = documentInput(nackaText, {
  extractor: 'test-fixture@1.0.0',
  document: { title: 'Lämna IGOR', kind: 'motion', municipality: 'Nacka', municipalityEvidence: spanOf(nackaText, 'Nacka kommun'), body: 'Kommunfullmäktige', agendaItem: null, date: '2024-05-13' },
  motion: { title: 'Lämna IGOR', evidence: spanOf(nackaText, 'Lämna IGOR') },
  authors: [{ name: 'Vera Exempel', party: 'V', evidence: spanOf(nackaText, 'Vera Exempel (V)') }],
  decision: null,
  agencies: [],
  projects: [{ name: 'IGOR', evidence: spanOf(nackaText, 'IGOR', nackaText.indexOf('deltar')) }],
  evaluations: [],
  findings: [],
  claims: [{
    key: 'argument-1', kind: 'argument', stance: 'against', about: 'IGOR',
    text: 'Därför bör kommunen lämna IGOR och i stället stärka socialtjänstens eget arbete mot våld i nära relationer.',
    evidence: spanOf(nackaText, 'Därför bör kommunen lämna IGOR och i stället stärka socialtjänstens eget arbete mot våld i nära relationer.'),
  }],
  topics: [{ name: 'våld i nära relationer', evidence: spanOf(nackaText, 'våld i nära relationer') }],
  normalization: { changedTokens: 0 },
});
