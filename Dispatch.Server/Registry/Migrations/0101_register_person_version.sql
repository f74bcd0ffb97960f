-- A person's version goes up with each change of their details or tier: an edit names the version it was made on,
-- so that two doctors editing the same person at once cannot silently overwrite each other.
ALTER TABLE register_person ADD COLUMN IF NOT EXISTS version bigint NOT NULL DEFAULT 1;
