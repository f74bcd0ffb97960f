-- The record: every call, transport and referral as last seen, one row per case, and every transition it went
-- through, keyed by the audit stream entry that carried it so a replay writes nothing twice.
CREATE TABLE record_cases (
  id            text PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('call', 'transport', 'referral')),
  number        text,
  version       bigint NOT NULL,
  state         text NOT NULL,
  final         boolean NOT NULL,
  priority      integer,
  patient_line  text,
  caller_phone  text,
  facility_id   text,
  hospital_id   text,
  vehicle_id    text,
  created_at    timestamptz NOT NULL,
  closed_at     timestamptz,
  projected_at  timestamptz NOT NULL DEFAULT now(),
  snapshot      jsonb NOT NULL
);

CREATE TABLE record_transitions (
  case_id     text NOT NULL REFERENCES record_cases (id),
  stream_id   text NOT NULL,
  action      text NOT NULL,
  actor       text NOT NULL,
  role        text NOT NULL,
  at          timestamptz NOT NULL,
  from_state  text NOT NULL,
  to_state    text NOT NULL,
  reason      text,
  PRIMARY KEY (case_id, stream_id)
);

-- Where the projector stopped: advanced in the same transaction as the rows it covers.
CREATE TABLE record_checkpoints (
  name        text PRIMARY KEY,
  value       text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
