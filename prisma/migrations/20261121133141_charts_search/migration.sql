-- Dashboard full-text search (lib/figures/list-figures.ts): GIN indexes on the exact
-- expressions the query uses, so a search stays an index lookup at 1,000,000 observations.
-- Expression indexes are outside Prisma's schema language; the drift check does not see them.
CREATE INDEX "figure_search_idx" ON "figure" USING GIN (to_tsvector('english', "title" || ' ' || "description"));
CREATE INDEX "observation_quote_search_idx" ON "observation" USING GIN (to_tsvector('english', "quote"));
CREATE INDEX "outlet_name_search_idx" ON "outlet" USING GIN (to_tsvector('simple', "name"));
