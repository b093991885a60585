// Derived data (src/derived/): rows the loader keeps in step with the facts they are read from, so a question
// whose answer is a small page of a large set can be answered from an index. Never a source of truth: a backup
// leaves them out, and they are rebuilt from the graph whenever they may be stale (after a restore, on upgrade).
//
// A party's citations, one node per (party, citation, case link): in key order for the paged list, by date for
// the citation matrix of a period, and by motion for the loader, which rebuilds a motion's rows when it changes.
// A composite index serves only lookups with a predicate on each of its properties (the loader's has one).
CREATE INDEX party_citation_key IF NOT EXISTS FOR (n:PartyCitation) ON (n.party, n.key);
CREATE INDEX party_citation_date IF NOT EXISTS FOR (n:PartyCitation) ON (n.party, n.date);
CREATE INDEX party_citation_by_motion IF NOT EXISTS FOR (n:PartyCitation) ON (n.motionId);
// How many rows each party has, kept beside them: one node per party, which the loader locks while it changes it.
CREATE CONSTRAINT party_citation_count_party IF NOT EXISTS FOR (n:PartyCitationCount) REQUIRE n.party IS UNIQUE;
// A party's motions for party positions, by date (a range of a party's dated motions) and by motion (the loader).
CREATE INDEX party_motion_date IF NOT EXISTS FOR (n:PartyMotion) ON (n.partyId, n.date);
CREATE INDEX party_motion_by_motion IF NOT EXISTS FOR (n:PartyMotion) ON (n.motionId);
// A person's parties, by person (the parties of a finding's citing authors); one row per pair, which a load merges.
CREATE CONSTRAINT person_party_pair IF NOT EXISTS FOR (n:PersonParty) REQUIRE (n.personId, n.partyId) IS UNIQUE;
CREATE INDEX person_party_by_person IF NOT EXISTS FOR (n:PersonParty) ON (n.personId);
CREATE CONSTRAINT derived_data_name IF NOT EXISTS FOR (n:DerivedData) REQUIRE n.name IS UNIQUE;
