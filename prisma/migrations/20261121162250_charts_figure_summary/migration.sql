-- AlterTable
ALTER TABLE "figure_outlet_latest" ADD COLUMN     "published_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "published_max" DECIMAL,
ADD COLUMN     "published_min" DECIMAL;

-- CreateTable
CREATE TABLE "figure_summary" (
    "figure_id" UUID NOT NULL,
    "observation_count" INTEGER NOT NULL,
    "outlet_count" INTEGER NOT NULL,
    "last_reported_on" DATE,
    "latest_min" DECIMAL,
    "latest_max" DECIMAL,
    "latest_median" DECIMAL,
    "median_qualifiers" "Qualifier"[],
    "disagreement" DECIMAL,
    "published_min" DECIMAL,
    "published_max" DECIMAL,
    "latest_observation_id" UUID,
    "recent_values" DECIMAL[],
    "recent_dates" DATE[],

    CONSTRAINT "figure_summary_pkey" PRIMARY KEY ("figure_id")
);

-- CreateIndex
CREATE INDEX "figure_summary_last_reported_on_idx" ON "figure_summary"("last_reported_on" DESC);

-- Hand-written from here: keep published_count and figure_summary in step with observation, in
-- the same per-statement trigger that keeps figure_outlet_latest (charts_outlet_latest).

-- Each (figure, outlet) pair now also counts its published observations and keeps the lowest and
-- highest number in them: a recount of that one pair (observation_series_idx, index-only), so it
-- heals itself rather than drifting with deltas.
CREATE OR REPLACE FUNCTION tally_refresh_outlet_latest(f uuid, o uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO figure_outlet_latest (figure_id, outlet_id, observation_id, qualifier, value, reported_on,
                                    published_count, published_min, published_max)
  SELECT ob.figure_id, ob.outlet_id, ob.id, ob.qualifier, coalesce(ob.value, (ob.low + ob.high) / 2, ob.low, ob.high), ob.reported_on,
         c.n, c.mn, c.mx
    FROM observation ob,
         (SELECT count(*)::int AS n, min(least(p.value, p.low, p.high)) AS mn, max(greatest(p.value, p.low, p.high)) AS mx
            FROM observation p WHERE p.figure_id = f AND p.outlet_id = o AND p.status = 'published') c
   WHERE ob.figure_id = f AND ob.outlet_id = o AND ob.status = 'published'
     AND coalesce(ob.value, ob.low, ob.high) IS NOT NULL
   ORDER BY ob.reported_on DESC, ob.reported_at DESC NULLS LAST, ob.logged_at DESC
   LIMIT 1
  ON CONFLICT (figure_id, outlet_id) DO UPDATE
     SET observation_id = EXCLUDED.observation_id, qualifier = EXCLUDED.qualifier,
         value = EXCLUDED.value, reported_on = EXCLUDED.reported_on, published_count = EXCLUDED.published_count,
         published_min = EXCLUDED.published_min, published_max = EXCLUDED.published_max;
  DELETE FROM figure_outlet_latest l
   WHERE l.figure_id = f AND l.outlet_id = o
     AND NOT EXISTS (SELECT 1 FROM observation ob WHERE ob.figure_id = f AND ob.outlet_id = o AND ob.status = 'published');
$$;

-- A figure's dashboard numbers: from its outlets' latest values (one row per outlet, so a few
-- hundred rows at most) and its newest 60 published values.
-- published_min/max are over every published value, for the chart's summary sentence.
-- The median is exact: the mean of the one or two middle values, ordered by value then
-- qualifier so the middle qualifiers are the same on every run.
-- PL/pgSQL with custom plans: planned for this figure's own row count, the newest 60 come off
-- observation_figure_newest_idx; a generic plan (a figure of average size) would sort all of a
-- 100,000-observation figure's rows on every write to it.
CREATE FUNCTION tally_refresh_figure_summary(f uuid) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  INSERT INTO figure_summary (figure_id, observation_count, outlet_count, last_reported_on, latest_min, latest_max,
                              latest_median, median_qualifiers, disagreement, published_min, published_max,
                              latest_observation_id, recent_values, recent_dates)
  SELECT f, a.total, a.n, a.last, a.mn, a.mx, m.median,
         CASE WHEN a.n = 0 THEN '{}'::"Qualifier"[]
              WHEN a.n % 2 = 1 THEN ARRAY[a.q[(a.n + 1) / 2]]
              ELSE ARRAY[a.q[a.n / 2], a.q[a.n / 2 + 1]] END,
         (a.mx - a.mn) / nullif(abs(m.median), 0), a.pmin, a.pmax,
         r.ids[1], coalesce(r.vals, '{}'), coalesce(r.dates, '{}')
    FROM (SELECT coalesce(sum(l.published_count), 0)::int AS total, count(*)::int AS n, max(l.reported_on) AS last,
                 min(l.value) AS mn, max(l.value) AS mx, min(l.published_min) AS pmin, max(l.published_max) AS pmax,
                 array_agg(l.value ORDER BY l.value, l.qualifier) AS v, array_agg(l.qualifier ORDER BY l.value, l.qualifier) AS q
            FROM figure_outlet_latest l WHERE l.figure_id = f) a
   CROSS JOIN LATERAL (SELECT (a.v[(a.n + 1) / 2] + a.v[a.n / 2 + 1]) / 2 AS median) m
   CROSS JOIN (SELECT array_agg(t.id ORDER BY t.n) AS ids, array_agg(t.v ORDER BY t.n) AS vals, array_agg(t.reported_on ORDER BY t.n) AS dates
                 FROM (SELECT o.id, o.reported_on, coalesce(o.value, (o.low + o.high) / 2, o.low, o.high) AS v,
                              row_number() OVER (ORDER BY o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC) AS n
                         FROM observation o
                        WHERE o.figure_id = f AND o.status = 'published'
                        ORDER BY o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC
                        LIMIT 60) t) r
  ON CONFLICT (figure_id) DO UPDATE
     SET observation_count = EXCLUDED.observation_count, outlet_count = EXCLUDED.outlet_count,
         last_reported_on = EXCLUDED.last_reported_on, latest_min = EXCLUDED.latest_min, latest_max = EXCLUDED.latest_max,
         latest_median = EXCLUDED.latest_median, median_qualifiers = EXCLUDED.median_qualifiers,
         disagreement = EXCLUDED.disagreement, published_min = EXCLUDED.published_min, published_max = EXCLUDED.published_max,
         latest_observation_id = EXCLUDED.latest_observation_id,
         recent_values = EXCLUDED.recent_values, recent_dates = EXCLUDED.recent_dates;
END
$$;

-- Still per statement with transition tables (an import of 100,000 rows refreshes each pair and
-- each figure once). Each touched figure is locked first (advisory, until commit; in id order, so
-- two one-statement writes cannot deadlock): a concurrent write to the same figure then waits for
-- our commit and recomputes from rows it can see, instead of overwriting the summary with numbers
-- that miss ours. Two transactions writing the same figures in several statements each, in
-- opposite orders, can still deadlock (as their figure_outlet_latest row locks could before);
-- PostgreSQL then aborts one of them.
CREATE OR REPLACE FUNCTION tally_observation_outlet_latest() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pair_figures uuid[];
  pair_outlets uuid[];
  figures uuid[];
  fig uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(figure_id), array_agg(outlet_id) INTO pair_figures, pair_outlets
      FROM (SELECT DISTINCT figure_id, outlet_id FROM new_rows) p;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(figure_id), array_agg(outlet_id) INTO pair_figures, pair_outlets
      FROM (SELECT figure_id, outlet_id FROM old_rows UNION SELECT figure_id, outlet_id FROM new_rows) p;
  ELSE
    SELECT array_agg(figure_id), array_agg(outlet_id) INTO pair_figures, pair_outlets
      FROM (SELECT DISTINCT figure_id, outlet_id FROM old_rows) p;
  END IF;
  IF pair_figures IS NULL THEN
    RETURN NULL;
  END IF;
  figures := ARRAY(SELECT DISTINCT x FROM unnest(pair_figures) x ORDER BY x);
  FOREACH fig IN ARRAY figures LOOP
    PERFORM pg_advisory_xact_lock(72707370, hashtext(fig::text));
  END LOOP;
  FOR i IN 1 .. array_length(pair_figures, 1) LOOP
    PERFORM tally_refresh_outlet_latest(pair_figures[i], pair_outlets[i]);
  END LOOP;
  FOREACH fig IN ARRAY figures LOOP
    PERFORM tally_refresh_figure_summary(fig);
  END LOOP;
  RETURN NULL;
END
$$;

-- Rows that exist already.
UPDATE figure_outlet_latest l SET published_count = c.n, published_min = c.mn, published_max = c.mx
  FROM (SELECT figure_id, outlet_id, count(*)::int AS n, min(least(value, low, high)) AS mn, max(greatest(value, low, high)) AS mx
          FROM observation WHERE status = 'published' GROUP BY 1, 2) c
 WHERE c.figure_id = l.figure_id AND c.outlet_id = l.outlet_id;
SELECT tally_refresh_figure_summary(f.id) FROM figure f WHERE EXISTS (SELECT 1 FROM observation o WHERE o.figure_id = f.id);
