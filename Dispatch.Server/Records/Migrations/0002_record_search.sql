-- Search over years of cases: every filter the history view offers has an index that starts with it, and the
-- free-text fields (number, patient line, caller phone) have trigram indexes so a part of them is found fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX record_cases_created ON record_cases (created_at DESC, id);
CREATE INDEX record_cases_kind_created ON record_cases (kind, created_at DESC);
CREATE INDEX record_cases_facility_created ON record_cases (facility_id, created_at DESC);
CREATE INDEX record_cases_hospital_created ON record_cases (hospital_id, created_at DESC);
CREATE INDEX record_cases_vehicle_created ON record_cases (vehicle_id, created_at DESC);
CREATE INDEX record_cases_state_created ON record_cases (state, created_at DESC);
CREATE INDEX record_cases_priority_created ON record_cases (priority, created_at DESC);
CREATE INDEX record_cases_number_plain ON record_cases USING gin (upper(replace(coalesce(number, id), '-', '')) gin_trgm_ops);
CREATE INDEX record_cases_patient_line ON record_cases USING gin (patient_line gin_trgm_ops);
CREATE INDEX record_cases_caller_phone ON record_cases USING gin (caller_phone gin_trgm_ops);
CREATE INDEX record_transitions_at ON record_transitions (at);

-- Every read of the record is kept: who looked, as what, at which case or with which search.
CREATE TABLE record_reads (
  at        timestamptz NOT NULL DEFAULT now(),
  username  text NOT NULL,
  role      text NOT NULL,
  what      text NOT NULL,
  case_id   text
);
CREATE INDEX record_reads_at ON record_reads (at);
