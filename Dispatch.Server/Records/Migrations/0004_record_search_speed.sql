-- Search at a million cases (measured by `bench-record`):
-- every sort the history view offers reads its first page straight off an index instead of sorting the whole record
-- (by closing time, number or most urgent first, a page sorted a million rows: over a second each); "created" and
-- "priority" ascending were served already.
CREATE INDEX record_cases_closed_asc ON record_cases (closed_at ASC NULLS LAST, id ASC);
CREATE INDEX record_cases_closed_desc ON record_cases (closed_at DESC NULLS LAST, id DESC);
CREATE INDEX record_cases_number_sort ON record_cases (coalesce(number, id));
CREATE INDEX record_cases_priority_desc ON record_cases (priority DESC NULLS LAST, created_at DESC, id DESC);
-- A whole case number is looked up by equality: its trigrams ("ZZ2", "202", ...) are in nearly every row, so the
-- trigram index had to intersect posting lists of a million entries to find one case.
CREATE INDEX record_cases_number_whole ON record_cases (upper(replace(coalesce(number, id), '-', '')));
