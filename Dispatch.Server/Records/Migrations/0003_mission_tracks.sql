-- Where each vehicle drove on each mission, for playback. Partitioned by month so old months are detached or
-- dropped whole; points older than a week are thinned to one per 10 s per mission by the track keeper.
CREATE TABLE mission_positions (
  case_id     text NOT NULL,
  vehicle_id  text NOT NULL,
  at          timestamptz NOT NULL,
  lon         double precision NOT NULL,
  lat         double precision NOT NULL,
  speed_kmh   real,
  heading_deg real,
  PRIMARY KEY (case_id, vehicle_id, at)
) PARTITION BY RANGE (at);

-- Anything outside the months the keeper has prepared lands here rather than failing.
CREATE TABLE mission_positions_default PARTITION OF mission_positions DEFAULT;

-- The months around the first start; the track keeper prepares each next month ahead of time.
DO $$
DECLARE m date;
BEGIN
  FOR i IN -1..2 LOOP
    m := (date_trunc('month', now()) + make_interval(months => i))::date;
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF mission_positions FOR VALUES FROM (%L) TO (%L)',
      'mission_positions_' || to_char(m, 'YYYYMM'), m, (m + interval '1 month')::date);
  END LOOP;
END $$;
