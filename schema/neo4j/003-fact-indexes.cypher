// Facts (evidence-bearing relationships) are reviewed by id: fact/<TYPE>/<hash>. One index per type, since
// relationship indexes are per type; the review query picks the type from the id.
CREATE INDEX fact_part_of_case IF NOT EXISTS FOR ()-[r:PART_OF_CASE]-() ON (r.factId);
CREATE INDEX fact_authored_by IF NOT EXISTS FOR ()-[r:AUTHORED_BY]-() ON (r.factId);
CREATE INDEX fact_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.factId);
CREATE INDEX fact_proposes IF NOT EXISTS FOR ()-[r:PROPOSES]-() ON (r.factId);
CREATE INDEX fact_cites IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.factId);
CREATE INDEX fact_attributes IF NOT EXISTS FOR ()-[r:ATTRIBUTES]-() ON (r.factId);
CREATE INDEX fact_published_by IF NOT EXISTS FOR ()-[r:PUBLISHED_BY]-() ON (r.factId);
CREATE INDEX fact_evaluates IF NOT EXISTS FOR ()-[r:EVALUATES]-() ON (r.factId);
CREATE INDEX fact_reports IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.factId);
CREATE INDEX fact_run_by IF NOT EXISTS FOR ()-[r:RUN_BY]-() ON (r.factId);
CREATE INDEX fact_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.factId);
CREATE INDEX fact_makes IF NOT EXISTS FOR ()-[r:MAKES]-() ON (r.factId);
CREATE INDEX fact_about IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.factId);
CREATE INDEX fact_counters IF NOT EXISTS FOR ()-[r:COUNTERS]-() ON (r.factId);
CREATE INDEX fact_supported_by IF NOT EXISTS FOR ()-[r:SUPPORTED_BY]-() ON (r.factId);
CREATE INDEX fact_mentions IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.factId);
CREATE INDEX fact_curated_from IF NOT EXISTS FOR ()-[r:CURATED_FROM]-() ON (r.factId);
CREATE INDEX fact_has_topic IF NOT EXISTS FOR ()-[r:HAS_TOPIC]-() ON (r.factId);
CREATE INDEX fact_same_as IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.factId);
