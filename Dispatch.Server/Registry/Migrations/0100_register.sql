-- The key-population register (重点人群台账): people, their contacts, tier history, the referrals raised for them,
-- and the audit of every read and change. Personal data lives only here, never in logs.

CREATE TABLE register_secret (
    name  text PRIMARY KEY,
    value bytea NOT NULL
);

CREATE TABLE register_person (
    id               uuid PRIMARY KEY,
    facility_id      text NOT NULL,
    team             text NOT NULL,
    family_doctor    text NOT NULL DEFAULT '',
    name             text NOT NULL,
    sex              text NOT NULL,
    birth_date       date NOT NULL,
    phone            text NOT NULL,
    id_hash          bytea,            -- HMAC of the ID-card number: duplicates are found, the number is not kept
    id_last4         text,
    village          text NOT NULL,
    lon              double precision NOT NULL,
    lat              double precision NOT NULL,
    categories       text[] NOT NULL,
    tier             text NOT NULL,
    tier_reason      text NOT NULL,
    tier_overridden  boolean NOT NULL DEFAULT false,
    health_pack_at   date,
    oximeter_at      date,
    told_hotline     boolean NOT NULL DEFAULT false,
    infected         boolean NOT NULL DEFAULT false,
    infected_since   date,
    last_contact_at  timestamptz,
    last_spo2        integer,
    last_symptom_score integer,
    due_at           timestamptz,      -- when the contact cadence next falls short; null: no cadence
    invented         boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

-- A team's overdue list: latest-due first within (facility, team), only people with a cadence.
CREATE INDEX register_person_due ON register_person (facility_id, team, due_at) WHERE due_at IS NOT NULL;
-- The facility's register page in name order, and its filters.
CREATE INDEX register_person_by_name ON register_person (facility_id, name, id);
CREATE INDEX register_person_by_tier ON register_person (facility_id, tier, name, id);
CREATE UNIQUE INDEX register_person_id_hash ON register_person (facility_id, id_hash) WHERE id_hash IS NOT NULL;
CREATE UNIQUE INDEX register_person_identity ON register_person (facility_id, name, birth_date, phone);

CREATE TABLE register_contact (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       uuid NOT NULL REFERENCES register_person (id),
    facility_id     text NOT NULL,
    at              timestamptz NOT NULL,
    channel         text NOT NULL,
    by_user         text NOT NULL,
    infection       text NOT NULL,
    infection_date  date,
    symptoms        text[] NOT NULL,
    temperature     numeric(4,1),
    spo2            integer,
    heart_rate      integer,
    advice          text NOT NULL,
    note            text,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX register_contact_person ON register_contact (person_id, at DESC);
CREATE INDEX register_contact_facility_at ON register_contact (facility_id, at);

CREATE TABLE register_tier_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   uuid NOT NULL REFERENCES register_person (id),
    at          timestamptz NOT NULL,
    by_user     text NOT NULL,
    from_tier   text,
    to_tier     text NOT NULL,
    reason      text NOT NULL,
    overridden  boolean NOT NULL
);
CREATE INDEX register_tier_change_person ON register_tier_change (person_id, at);

-- Each stored version of a referral raised for a person, as the referral workflow pushed it.
CREATE TABLE register_referral_event (
    referral_id  text NOT NULL,
    version      bigint NOT NULL,
    person_id    uuid NOT NULL REFERENCES register_person (id),
    at           timestamptz NOT NULL,
    state        text NOT NULL,
    hospital_id  text,
    reason       text,
    PRIMARY KEY (referral_id, version)
);
CREATE INDEX register_referral_event_person ON register_referral_event (person_id, at);

-- Who read or changed what, and when. Never deleted by the application.
CREATE TABLE register_audit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    role         text NOT NULL,
    action       text NOT NULL,
    facility_id  text,
    person_id    uuid,
    detail       text
);
CREATE INDEX register_audit_person ON register_audit (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX register_audit_at ON register_audit (at);
