// The Neo4j schema of plan-lineage. Applied at every start-up, statement by statement; every statement is
// idempotent (IF NOT EXISTS), so a store that already has them is left as it is.
// Natural keys are unique: the seed loader MERGEs on them and the API's ids are built from them.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT plan_item_key IF NOT EXISTS FOR (p:PlanItem) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (t:Target) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT indicator_key IF NOT EXISTS FOR (i:Indicator) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (a:Agency) REQUIRE a.key IS UNIQUE;
// The audit trail: one node per import or removal, numbered by one counter node.
CREATE CONSTRAINT change_key IF NOT EXISTS FOR (c:Change) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_counter_key IF NOT EXISTS FOR (c:ChangeCounter) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT seed_state_key IF NOT EXISTS FOR (s:SeedState) REQUIRE s.key IS UNIQUE;
// Loose look-up of document numbers: "742 / QD-UBND" and "742/qđ-ubnd" both reduce to "742qdubnd".
CREATE INDEX document_number_folded IF NOT EXISTS FOR (d:Document) ON (d.numberFolded);
// Search: one full-text index over text folded in Java (lower case, no diacritics, đ -> d), analysed without
// a stop-word list, so Vietnamese syllables such as "an", "to", "no" stay searchable.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|PlanItem|Indicator|Agency) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
// Findings: the rows whose lead or cooperating cell has words that name no unit (UNRESOLVED_ASSIGNMENT) carry
// unresolvedAssignment = true; the finding reads this index instead of every row.
CREATE INDEX plan_item_unresolved_assignment IF NOT EXISTS FOR (p:PlanItem) ON (p.unresolvedAssignment);
// The area comparison (compare(within: ...)): each SETS relationship carries its indicator's key and its row's
// document's key (both writers set them: the seed's IndicatorWriter, the import's ItemPlanner), so the rows of an
// area's documents that set one indicator are one index seek per document, not every row of the indicator in the
// country (tens of thousands at national scale). Stores written before it get the keys once at start-up
// (Neo4jSchema's migration 'sets-indicator-document').
CREATE INDEX sets_indicator_document IF NOT EXISTS FOR ()-[r:SETS]-() ON (r.indicator, r.document);
// Data migrations applied once per store: one node per migration done.
CREATE CONSTRAINT migration_key IF NOT EXISTS FOR (m:Migration) REQUIRE m.key IS UNIQUE;
