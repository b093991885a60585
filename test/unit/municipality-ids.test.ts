/**
 * Ids fold diacritics, and of Sweden's 290 municipalities Håbo and Habo fold alike. They are two municipalities in
 * two counties, so their ids, their motions' ids and their bodies' ids must differ, and no other id may change.
 */
import { describe, expect, it } from 'vitest';
import municipalities from '../../src/domain/gazetteer/municipalities.json' with { type: 'json' };
import { municipalBody } from '../../src/domain/gazetteer/index.js';
import { ids, slugify } from '../../src/domain/ids.js';

describe("municipalities' ids", () => {
  it("gives each of the 290 its own id, and every one but Håbo's id the folded name it had", () => {
    const all = municipalities.municipalities;
    expect(all).toHaveLength(290);
    expect(new Set(all.map(ids.municipality)).size).toBe(290);
    for (const name of all.filter((n) => n !== 'Håbo')) expect(ids.municipality(name)).toBe(`municipality/${slugify(name)}`);
  });

  it('keeps Håbo apart from Habo however the name is written', () => {
    for (const written of ['Håbo', 'Håbo kommun', 'HÅBO', ' Håbo ', 'Ha\u030abo']) expect(ids.municipality(written)).toBe('municipality/haabo');
    for (const written of ['Habo', 'Habo kommun', 'HABO']) expect(ids.municipality(written)).toBe('municipality/habo');
  });

  it("scopes motions and municipal bodies by the same slug, leaving other scopes' ids as they were", () => {
    const title = 'Motion om trygghet i centrum';
    expect(ids.motion('Håbo', title)).toMatch(/^motion\/haabo\//);
    expect(ids.motion('Habo', title)).toMatch(/^motion\/habo\//);
    expect(ids.motion('Håbo', title).replace('haabo', 'habo')).toBe(ids.motion('Habo', title));
    expect(ids.motion('Hägersten-Liljeholmens stadsdelsnämnd', title)).toMatch(/^motion\/hagersten-liljeholmens-stadsdelsnamnd\//);
    expect(ids.motion('riksdagen', title)).toMatch(/^motion\/riksdagen\//);
    expect(municipalBody('Kommunstyrelsen', 'Håbo').id).toBe('organization/haabo-kommunstyrelsen');
    expect(municipalBody('Kommunstyrelsen', 'Habo').id).toBe('organization/habo-kommunstyrelsen');
    expect(municipalBody('Kommunstyrelsen', 'Huddinge').id).toBe('organization/huddinge-kommunstyrelsen');
  });
});
