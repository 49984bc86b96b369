-- CreateTable
CREATE TABLE "figure_period_outlet" (
    "figure_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "outlet_id" UUID NOT NULL,
    "period_at" DATE NOT NULL,
    "newest_id" UUID NOT NULL,
    "reported_on" DATE NOT NULL,
    "logged_at" TIMESTAMPTZ(3) NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "value" DECIMAL,
    "low" DECIMAL,
    "high" DECIMAL,
    "refers_label" TEXT,
    "cited_sources" TEXT[],
    "previous_id" UUID,
    "first_id" UUID NOT NULL,
    "first_reported_on" DATE NOT NULL,
    "first_logged_at" TIMESTAMPTZ(3) NOT NULL,
    "labels" TEXT[],

    CONSTRAINT "figure_period_outlet_pkey" PRIMARY KEY ("figure_id","period_start","period_end","outlet_id")
);

-- CreateIndex
CREATE INDEX "figure_period_outlet_latest_idx" ON "figure_period_outlet"("figure_id", "period_at" DESC, "reported_on" DESC, "logged_at" DESC, "newest_id" DESC);

-- Hand-written from here. The dashboard's headlines and independent sources read each figure's
-- latest reports for its latest period; from observation that meant reading every published
-- report of the page's figures (142,000 rows for a page of 48 at 1,000,000 observations, 0.6 s
-- and more). This table keeps, per (figure, period, outlet), what those read, so a page reads one
-- row per outlet of each figure's latest periods and no observation at all.

-- The refresh below finds one (figure, outlet, period)'s published reports in report order
-- (report date, when logged, id): newest and first in one probe each, however many there are.
CREATE INDEX "observation_period_outlet_idx" ON "observation"
  ("figure_id", "outlet_id", (coalesce("refers_start", '-infinity'::date)), (coalesce("refers_end", '-infinity'::date)),
   "reported_on", "logged_at", "id")
  WHERE "status" = 'published';

-- Made for the headline's former query (the latest and previous period's end); nothing reads it now.
DROP INDEX "observation_figure_period_idx";

-- One (figure, outlet, period)'s row, recomputed from what is published: gone when nothing is.
-- Labels only matter for a dated period (an undated one has no name), so undated rows keep none.
CREATE FUNCTION tally_refresh_period_outlet(f uuid, o uuid, ps date, pe date) RETURNS void LANGUAGE sql AS $$
  DELETE FROM figure_period_outlet WHERE figure_id = f AND period_start = ps AND period_end = pe AND outlet_id = o;
  INSERT INTO figure_period_outlet (figure_id, period_start, period_end, outlet_id, period_at, newest_id, reported_on,
                                    logged_at, qualifier, value, low, high, refers_label, cited_sources, previous_id,
                                    first_id, first_reported_on, first_logged_at, labels)
  SELECT f, ps, pe, o, CASE WHEN pe > '-infinity'::date THEN pe ELSE ps END, n.id, n.reported_on, n.logged_at,
         n.qualifier, n.value, n.low, n.high, n.refers_label, n.cited_sources,
         (SELECT b.id FROM observation b
           WHERE b.figure_id = f AND b.outlet_id = o AND b.status = 'published'
             AND coalesce(b.refers_start, '-infinity'::date) = ps AND coalesce(b.refers_end, '-infinity'::date) = pe
           ORDER BY b.reported_on DESC, b.logged_at DESC, b.id DESC OFFSET 1 LIMIT 1),
         a.id, a.reported_on, a.logged_at,
         CASE WHEN ps = '-infinity'::date AND pe = '-infinity'::date THEN '{}'::text[]
              ELSE ARRAY(SELECT DISTINCT l.refers_label FROM observation l
                          WHERE l.figure_id = f AND l.outlet_id = o AND l.status = 'published'
                            AND coalesce(l.refers_start, '-infinity'::date) = ps AND coalesce(l.refers_end, '-infinity'::date) = pe) END
    FROM (SELECT n.* FROM observation n
           WHERE n.figure_id = f AND n.outlet_id = o AND n.status = 'published'
             AND coalesce(n.refers_start, '-infinity'::date) = ps AND coalesce(n.refers_end, '-infinity'::date) = pe
           ORDER BY n.reported_on DESC, n.logged_at DESC, n.id DESC LIMIT 1) n,
         (SELECT a.id, a.reported_on, a.logged_at FROM observation a
           WHERE a.figure_id = f AND a.outlet_id = o AND a.status = 'published'
             AND coalesce(a.refers_start, '-infinity'::date) = ps AND coalesce(a.refers_end, '-infinity'::date) = pe
           ORDER BY a.reported_on, a.logged_at, a.id LIMIT 1) a;
$$;

-- Per statement, with transition tables: each (figure, outlet, period) a statement touched is
-- refreshed once. An insert touches those of its published rows; an update (retraction,
-- correction, outlet merge) those before and after of each row that changed in what the table
-- keeps or where it goes (a check changes none); a delete those of its rows. Fires after the observation_outlet_latest_*
-- triggers (by name), which hold each touched figure's advisory lock until commit, so two writes
-- to one figure take turns here too.
CREATE FUNCTION tally_observation_period_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR r IN SELECT DISTINCT figure_id, outlet_id, coalesce(refers_start, '-infinity'::date) AS ps,
                    coalesce(refers_end, '-infinity'::date) AS pe
               FROM new_rows WHERE status = 'published' ORDER BY 1, 2, 3, 4 LOOP
      PERFORM tally_refresh_period_outlet(r.figure_id, r.outlet_id, r.ps, r.pe);
    END LOOP;
  ELSIF TG_OP = 'UPDATE' THEN
    FOR r IN WITH changed AS (
               SELECT o.figure_id AS of, o.outlet_id AS oo, o.refers_start AS os, o.refers_end AS oe, o.status AS ost,
                      n.figure_id AS nf, n.outlet_id AS no, n.refers_start AS ns, n.refers_end AS ne, n.status AS nst
                 FROM old_rows o JOIN new_rows n ON n.id = o.id
                WHERE (o.figure_id, o.outlet_id, o.refers_start, o.refers_end, o.status, o.reported_on, o.logged_at, o.refers_label,
                       o.qualifier, o.value, o.low, o.high, o.cited_sources)
                      IS DISTINCT FROM (n.figure_id, n.outlet_id, n.refers_start, n.refers_end, n.status, n.reported_on, n.logged_at,
                                        n.refers_label, n.qualifier, n.value, n.low, n.high, n.cited_sources))
             SELECT of AS figure_id, oo AS outlet_id, coalesce(os, '-infinity'::date) AS ps, coalesce(oe, '-infinity'::date) AS pe
               FROM changed WHERE ost = 'published'
             UNION
             SELECT nf, no, coalesce(ns, '-infinity'::date), coalesce(ne, '-infinity'::date)
               FROM changed WHERE nst = 'published'
             ORDER BY 1, 2, 3, 4 LOOP
      PERFORM tally_refresh_period_outlet(r.figure_id, r.outlet_id, r.ps, r.pe);
    END LOOP;
  ELSE
    FOR r IN SELECT DISTINCT figure_id, outlet_id, coalesce(refers_start, '-infinity'::date) AS ps,
                    coalesce(refers_end, '-infinity'::date) AS pe
               FROM old_rows WHERE status = 'published' ORDER BY 1, 2, 3, 4 LOOP
      PERFORM tally_refresh_period_outlet(r.figure_id, r.outlet_id, r.ps, r.pe);
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER observation_period_outlet_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_period_outlet();
CREATE TRIGGER observation_period_outlet_update AFTER UPDATE ON observation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_period_outlet();
CREATE TRIGGER observation_period_outlet_delete AFTER DELETE ON observation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_period_outlet();

-- Rows that exist already.
SELECT tally_refresh_period_outlet(t.figure_id, t.outlet_id, t.ps, t.pe)
  FROM (SELECT DISTINCT figure_id, outlet_id, coalesce(refers_start, '-infinity'::date) AS ps, coalesce(refers_end, '-infinity'::date) AS pe
          FROM observation WHERE status = 'published') t;
