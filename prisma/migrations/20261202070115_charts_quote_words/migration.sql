-- CreateTable
CREATE TABLE "figure_search" (
    "figure_id" UUID NOT NULL,
    "quote_words" tsvector NOT NULL,

    CONSTRAINT "figure_search_pkey" PRIMARY KEY ("figure_id")
);

-- CreateIndex
CREATE INDEX "figure_search_quote_words_idx" ON "figure_search" USING GIN ("quote_words");

-- Hand-written from here. The dashboard searched quotes one observation at a time: a word in 5 %
-- of 1,000,000 quotes meant probing about 20 rows of every figure (270 ms). Now each figure keeps
-- the words of all its quotes in one stripped tsvector, and a word search reads 1,000 rows
-- through the GIN index above. Numbers are left out (a 100,000-quote figure whose quotes each
-- carry a number would come near tsvector's 1 MB limit); lib/figures/list-figures.ts searches
-- quotes one by one, as before, for a query with a digit, a phrase or a minus.
CREATE TEXT SEARCH CONFIGURATION tally_words (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION tally_words DROP MAPPING FOR int, uint, float, sfloat, version;

-- Every word of a figure's quotes (retracted ones too: search has always found them).
CREATE FUNCTION tally_quote_words(f uuid) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT coalesce(strip(to_tsvector('tally_words', string_agg(quote, ' '))), ''::tsvector) FROM observation WHERE figure_id = f
$$;

-- An insert adds its quotes' words (a tsvector union, under the row lock, so concurrent inserts
-- each add theirs). An update that changes a quote or moves a value to another figure, or a
-- delete, rebuilds the touched figures' words from what is left (rare: corrections, merges).
-- Fires after the observation_outlet_latest_* triggers (by name), which hold each touched
-- figure's advisory lock until commit, so a rebuild and a concurrent insert cannot cross.
CREATE FUNCTION tally_observation_quote_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO figure_search AS s (figure_id, quote_words)
    SELECT figure_id, strip(to_tsvector('tally_words', string_agg(quote, ' '))) FROM new_rows GROUP BY figure_id
    ON CONFLICT (figure_id) DO UPDATE SET quote_words = s.quote_words || EXCLUDED.quote_words;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO figure_search AS s (figure_id, quote_words)
    SELECT t.f, tally_quote_words(t.f)
      FROM (SELECT o.figure_id AS f FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE n.quote IS DISTINCT FROM o.quote OR n.figure_id <> o.figure_id
            UNION
            SELECT n.figure_id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE n.quote IS DISTINCT FROM o.quote OR n.figure_id <> o.figure_id) t
     WHERE EXISTS (SELECT 1 FROM figure WHERE id = t.f)
    ON CONFLICT (figure_id) DO UPDATE SET quote_words = EXCLUDED.quote_words;
  ELSE
    INSERT INTO figure_search AS s (figure_id, quote_words)
    SELECT t.f, tally_quote_words(t.f)
      FROM (SELECT DISTINCT figure_id AS f FROM old_rows) t
     WHERE EXISTS (SELECT 1 FROM figure WHERE id = t.f)
    ON CONFLICT (figure_id) DO UPDATE SET quote_words = EXCLUDED.quote_words;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER observation_quote_words_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_quote_words();
CREATE TRIGGER observation_quote_words_update AFTER UPDATE ON observation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_quote_words();
CREATE TRIGGER observation_quote_words_delete AFTER DELETE ON observation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_observation_quote_words();

-- Figures that exist already.
INSERT INTO figure_search (figure_id, quote_words)
SELECT figure_id, strip(to_tsvector('tally_words', string_agg(quote, ' '))) FROM observation GROUP BY figure_id;
