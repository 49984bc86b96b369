-- AlterTable
ALTER TABLE "figure_period_outlet" ADD COLUMN "first_refers_precision" "DatePrecision",
ADD COLUMN "refers_precision" "DatePrecision";

-- AlterTable
ALTER TABLE "figure_summary" ADD COLUMN "headline_stamp" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "figure_headline" (
    "figure_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "stamp" BIGINT NOT NULL,
    "code" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "settings" JSONB,
    "headline" JSON NOT NULL,

    CONSTRAINT "figure_headline_pkey" PRIMARY KEY ("figure_id","locale")
);

-- AddForeignKey
ALTER TABLE "figure_headline" ADD CONSTRAINT "figure_headline_figure_id_fkey" FOREIGN KEY ("figure_id") REFERENCES "figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here. A page of 48 dashboard cards spent most of its time on their headlines:
-- for each of the ~18,500 rows read from figure_period_outlet it looked up the report's
-- refers_precision in observation (one index probe each, 0.6 s of a 0.9 s query at 1,000,000
-- observations), then made each headline afresh. Now figure_period_outlet keeps the precision of
-- its newest and of its first report, and each computed headline is kept in figure_headline
-- (lib/figures/list-figure-headlines.ts), used only while fresh: its stamp is the figure's
-- figure_summary.headline_stamp, new with every statement that touches the figure (the
-- per-statement trigger on observation upserts the figure's summary; a row trigger on the summary
-- draws the stamp from a sequence, so no extra statement per write), and its unit, monitoring
-- settings and code version are the figure's own.
-- The headline is json, not jsonb: kept as written, its keys stay in the order the code made them,
-- so an answer made from a kept headline is byte for byte the one made afresh (and so is its ETag).

-- One (figure, outlet, period)'s row, as before, with the two precisions.
CREATE OR REPLACE FUNCTION tally_refresh_period_outlet(f uuid, o uuid, ps date, pe date) RETURNS void LANGUAGE sql AS $$
  DELETE FROM figure_period_outlet WHERE figure_id = f AND period_start = ps AND period_end = pe AND outlet_id = o;
  INSERT INTO figure_period_outlet (figure_id, period_start, period_end, outlet_id, period_at, newest_id, reported_on,
                                    logged_at, qualifier, value, low, high, refers_label, cited_sources, previous_id,
                                    first_id, first_reported_on, first_logged_at, labels, refers_precision,
                                    first_refers_precision)
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
                            AND coalesce(l.refers_start, '-infinity'::date) = ps AND coalesce(l.refers_end, '-infinity'::date) = pe) END,
         n.refers_precision, a.refers_precision
    FROM (SELECT n.* FROM observation n
           WHERE n.figure_id = f AND n.outlet_id = o AND n.status = 'published'
             AND coalesce(n.refers_start, '-infinity'::date) = ps AND coalesce(n.refers_end, '-infinity'::date) = pe
           ORDER BY n.reported_on DESC, n.logged_at DESC, n.id DESC LIMIT 1) n,
         (SELECT a.id, a.reported_on, a.logged_at, a.refers_precision FROM observation a
           WHERE a.figure_id = f AND a.outlet_id = o AND a.status = 'published'
             AND coalesce(a.refers_start, '-infinity'::date) = ps AND coalesce(a.refers_end, '-infinity'::date) = pe
           ORDER BY a.reported_on, a.logged_at, a.id LIMIT 1) a;
$$;

-- As before; an update that changes only a report's precision now refreshes its row too.
CREATE OR REPLACE FUNCTION tally_observation_period_outlet() RETURNS trigger LANGUAGE plpgsql AS $$
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
                       o.qualifier, o.value, o.low, o.high, o.cited_sources, o.refers_precision)
                      IS DISTINCT FROM (n.figure_id, n.outlet_id, n.refers_start, n.refers_end, n.status, n.reported_on, n.logged_at,
                                        n.refers_label, n.qualifier, n.value, n.low, n.high, n.cited_sources, n.refers_precision))
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

-- Every refresh of a figure's summary (each statement that touches the figure upserts it) gives it
-- a new headline stamp: a row trigger on the summary itself, so the summary's upsert stays as it
-- was. Stamps come from a sequence, so none ever comes again: not after a rolled-back write (a
-- sequence does not roll back), nor for a summary deleted and made anew.
CREATE SEQUENCE figure_headline_stamp;
CREATE FUNCTION tally_new_headline_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.headline_stamp := nextval('figure_headline_stamp');
  RETURN NEW;
END
$$;
CREATE TRIGGER figure_summary_headline_stamp BEFORE INSERT OR UPDATE ON figure_summary
  FOR EACH ROW EXECUTE FUNCTION tally_new_headline_stamp();

-- Rows that exist already.
UPDATE figure_period_outlet p SET refers_precision = n.refers_precision, first_refers_precision = a.refers_precision
  FROM observation n, observation a
 WHERE n.id = p.newest_id AND a.id = p.first_id AND (n.refers_precision IS NOT NULL OR a.refers_precision IS NOT NULL);
