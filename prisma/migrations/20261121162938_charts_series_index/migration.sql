-- The chart reads a figure's points one outlet at a time, oldest first
-- (lib/figures/get-figure-chart.ts): with this index that is an index-only scan already in series
-- order, instead of a bitmap scan of the wide heap rows and a sort of 100,000 of them. value, low,
-- high and status come after the unique id, so they never change the order; they are there so the
-- scan needs no heap (INCLUDE would say it better, but Prisma's schema cannot, and the drift check
-- would then disagree). Read backwards the index gives each outlet's latest value (reported_on
-- DESC, reported_at DESC NULLS LAST, logged_at DESC), which is what figure_outlet_latest's trigger
-- asks for; so it replaces the (figure_id, outlet_id, reported_on DESC) index.
-- Hand-edited: NULLS FIRST (the app's order: a report without a time comes first on its day) is
-- outside Prisma's schema language; the drift check does not compare it.

-- DropIndex
DROP INDEX "observation_figure_id_outlet_id_reported_on_idx";

-- CreateIndex
CREATE INDEX "observation_series_idx" ON "observation"("figure_id", "outlet_id", "reported_on", "reported_at" NULLS FIRST, "logged_at", "id", "value", "low", "high", "status");

-- Newest first in exactly the app's order (OBSERVATION_ORDER: reported_on DESC, reported_at DESC
-- NULLS LAST, logged_at DESC): the figure summary's newest 60 values, the table's pages. With only
-- (figure_id, reported_on DESC), the trigger's generic plan preferred the series index and sorted
-- all 100,000 rows of a big figure on every write. Replaces that index (its prefix).
-- Hand-edited: NULLS LAST, as above.

-- DropIndex
DROP INDEX "observation_figure_id_reported_on_idx";

-- CreateIndex
CREATE INDEX "observation_figure_newest_idx" ON "observation"("figure_id", "reported_on" DESC, "reported_at" DESC NULLS LAST, "logged_at" DESC);
