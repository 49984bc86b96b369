-- AlterTable
ALTER TABLE "figure_summary" DROP COLUMN "disagreement",
DROP COLUMN "latest_median",
DROP COLUMN "median_qualifiers",
ADD COLUMN     "spread_ratio" DECIMAL;

-- Hand-written from here. The summary no longer holds a median or a "consensus": a figure's
-- headline is made of reported values in lib/values/headline.ts. It keeps the outlets' latest
-- drawn min/max and their relative spread only to order the dashboard ("widest spread first").
CREATE OR REPLACE FUNCTION tally_refresh_figure_summary(f uuid) RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  INSERT INTO figure_summary (figure_id, observation_count, outlet_count, last_reported_on, latest_min, latest_max,
                              spread_ratio, published_min, published_max, latest_observation_id, recent_values, recent_dates)
  SELECT f, a.total, a.n, a.last, a.mn, a.mx,
         (a.mx - a.mn) / nullif(greatest(abs(a.mn), abs(a.mx)), 0), a.pmin, a.pmax,
         r.ids[1], coalesce(r.vals, '{}'), coalesce(r.dates, '{}')
    FROM (SELECT coalesce(sum(l.published_count), 0)::int AS total, count(*)::int AS n, max(l.reported_on) AS last,
                 min(l.value) AS mn, max(l.value) AS mx, min(l.published_min) AS pmin, max(l.published_max) AS pmax
            FROM figure_outlet_latest l WHERE l.figure_id = f) a
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
         spread_ratio = EXCLUDED.spread_ratio, published_min = EXCLUDED.published_min, published_max = EXCLUDED.published_max,
         latest_observation_id = EXCLUDED.latest_observation_id,
         recent_values = EXCLUDED.recent_values, recent_dates = EXCLUDED.recent_dates;
END
$$;

-- A figure's reports for a refers-to period (the headline reads the latest and previous ones).
CREATE INDEX "observation_figure_period_idx" ON "observation"("figure_id", (coalesce("refers_end", "refers_start")) DESC)
  WHERE "status" = 'published';

SELECT tally_refresh_figure_summary(f.id) FROM figure f WHERE EXISTS (SELECT 1 FROM figure_summary s WHERE s.figure_id = f.id);
