-- CreateTable
CREATE TABLE "figure_outlet_latest" (
    "figure_id" UUID NOT NULL,
    "outlet_id" UUID NOT NULL,
    "observation_id" UUID NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "value" DECIMAL NOT NULL,
    "reported_on" DATE NOT NULL,

    CONSTRAINT "figure_outlet_latest_pkey" PRIMARY KEY ("figure_id","outlet_id")
);

-- Hand-written: keep figure_outlet_latest in step with observation. Any insert, update (a
-- retraction, a correction, an outlet merge) or delete recomputes the (figure, outlet) pairs it touches.
CREATE FUNCTION tally_refresh_outlet_latest(f uuid, o uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO figure_outlet_latest (figure_id, outlet_id, observation_id, qualifier, value, reported_on)
  SELECT ob.figure_id, ob.outlet_id, ob.id, ob.qualifier, coalesce(ob.value, (ob.low + ob.high) / 2, ob.low, ob.high), ob.reported_on
    FROM observation ob
   WHERE ob.figure_id = f AND ob.outlet_id = o AND ob.status = 'published'
     AND coalesce(ob.value, ob.low, ob.high) IS NOT NULL
   ORDER BY ob.reported_on DESC, ob.reported_at DESC NULLS LAST, ob.logged_at DESC
   LIMIT 1
  ON CONFLICT (figure_id, outlet_id) DO UPDATE
     SET observation_id = EXCLUDED.observation_id, qualifier = EXCLUDED.qualifier,
         value = EXCLUDED.value, reported_on = EXCLUDED.reported_on;
  DELETE FROM figure_outlet_latest l
   WHERE l.figure_id = f AND l.outlet_id = o
     AND NOT EXISTS (SELECT 1 FROM observation ob WHERE ob.figure_id = f AND ob.outlet_id = o AND ob.status = 'published');
$$;

-- Statement-level, with transition tables: an import of 100,000 rows refreshes each
-- (figure, outlet) pair it touched once, not once per row.
CREATE FUNCTION tally_observation_outlet_latest() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR r IN SELECT DISTINCT figure_id, outlet_id FROM new_rows LOOP
      PERFORM tally_refresh_outlet_latest(r.figure_id, r.outlet_id);
    END LOOP;
  ELSIF TG_OP = 'UPDATE' THEN
    FOR r IN SELECT figure_id, outlet_id FROM old_rows UNION SELECT figure_id, outlet_id FROM new_rows LOOP
      PERFORM tally_refresh_outlet_latest(r.figure_id, r.outlet_id);
    END LOOP;
  ELSE
    FOR r IN SELECT DISTINCT figure_id, outlet_id FROM old_rows LOOP
      PERFORM tally_refresh_outlet_latest(r.figure_id, r.outlet_id);
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER observation_outlet_latest_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_outlet_latest();
CREATE TRIGGER observation_outlet_latest_update AFTER UPDATE ON observation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_outlet_latest();
CREATE TRIGGER observation_outlet_latest_delete AFTER DELETE ON observation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_outlet_latest();

-- Rows that exist already.
INSERT INTO figure_outlet_latest (figure_id, outlet_id, observation_id, qualifier, value, reported_on)
SELECT DISTINCT ON (figure_id, outlet_id) figure_id, outlet_id, id, qualifier, coalesce(value, (low + high) / 2, low, high), reported_on
  FROM observation
 WHERE status = 'published' AND coalesce(value, low, high) IS NOT NULL
 ORDER BY figure_id, outlet_id, reported_on DESC, reported_at DESC NULLS LAST, logged_at DESC;
