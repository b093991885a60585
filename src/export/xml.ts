/**
 * XML text for GraphML, escaped by hand because the rules are few and exactness matters here: a quote must
 * read back as the same characters. `&`, `<`, `>` and `"` become entities; CR, and tab and LF inside attribute
 * values, become character references (a parser would otherwise normalise them away); characters XML 1.0
 * cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */

// Matched by code point (the u flag), so a surrogate pair is one allowed character and a lone half is not.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const attributeEntities: Record<string, string> = { ...textEntities, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

export function escapeText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>\r]/g, (c) => textEntities[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"\r\t\n]/g, (c) => attributeEntities[c] ?? c);
}

/**
 * GraphML ids are XML NMTOKENs, which may not contain `/`. Our ids are readable paths (party/SD), so `/`
 * becomes `:` (party:SD); any other character outside [A-Za-z0-9._-] becomes `_<hex code point>.` and `_`
 * itself `__`, which keeps the mapping reversible and collision-free.
 */
export function xmlId(id: string): string {
  let out = '';
  for (const c of id) {
    if (/[A-Za-z0-9.-]/.test(c)) out += c;
    else if (c === '/') out += ':';
    else if (c === '_') out += '__';
    else out += `_${(c.codePointAt(0) ?? 0).toString(16)}.`;
  }
  return out.length > 0 ? out : '_';
}

/** The inverse of xmlId. */
export function fromXmlId(token: string): string {
  if (token === '_') return '';
  return token.replace(/__|_([0-9a-f]+)\.|:/g, (m, hex: string | undefined) =>
    m === '__' ? '_' : m === ':' ? '/' : String.fromCodePoint(Number.parseInt(hex ?? '0', 16)),
  );
}
