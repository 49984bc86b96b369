-- Hand-written: rules Prisma's schema language cannot express. Triggers and CHECK constraints
-- are invisible to the drift check, so this file is their only home.

-- Revisions are append-only: nothing may change or remove one, not even raw SQL.
CREATE FUNCTION tally_revision_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'revision is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER revision_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "revision"
  FOR EACH ROW EXECUTE FUNCTION tally_revision_is_append_only();

CREATE TRIGGER revision_no_truncate
  BEFORE TRUNCATE ON "revision"
  FOR EACH STATEMENT EXECUTE FUNCTION tally_revision_is_append_only();

-- An observation's number has one of two shapes: a single value with a qualifier, or a range
-- with a low and/or a high (one-sided bounds allowed), never both.
ALTER TABLE "observation" ADD CONSTRAINT "observation_value_shape" CHECK (
  (qualifier <> 'range' AND value IS NOT NULL AND low IS NULL AND high IS NULL)
  OR (qualifier = 'range' AND value IS NULL AND (low IS NOT NULL OR high IS NOT NULL)
      AND (low IS NULL OR high IS NULL OR low <= high))
);
ALTER TABLE "observation" ADD CONSTRAINT "observation_refers_order"
  CHECK (refers_start IS NULL OR refers_end IS NULL OR refers_start <= refers_end);
ALTER TABLE "observation" ADD CONSTRAINT "observation_has_cited_source"
  CHECK (cardinality(cited_sources) >= 1);
ALTER TABLE "observation" ADD CONSTRAINT "observation_has_quote" CHECK (length(btrim(quote)) > 0);
ALTER TABLE "observation" ADD CONSTRAINT "observation_version_positive" CHECK (version >= 1);
