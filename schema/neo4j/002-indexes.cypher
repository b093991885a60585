// Lookups and sorts the API makes besides id.
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX motion_filed_at IF NOT EXISTS FOR (n:Motion) ON (n.filedAt);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// Full-text search with the Swedish analyzer (stemming, Swedish stop words) over what analysts search for:
// document text (normalized and raw OCR), findings, claims, motion titles and organisation names.
CREATE FULLTEXT INDEX belagg_fulltext IF NOT EXISTS
FOR (n:Document|Finding|Claim|Motion|Organization)
ON EACH [n.text, n.rawText, n.title, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish', `fulltext.eventually_consistent`: false } };
// The same fields, folded to ASCII (å, ä → a; ö → o) at index and query time, so a search typed without
// diacritics, or OCR text that lost them, still meets its words. It also covers projects (name, description):
// Neo4j treats two full-text indexes over the same labels and properties as one ("IF NOT EXISTS" would skip
// this one), whatever their analyzers.
CREATE FULLTEXT INDEX belagg_fulltext_folded IF NOT EXISTS
FOR (n:Document|Finding|Claim|Motion|Organization|Project)
ON EACH [n.text, n.rawText, n.title, n.name, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
