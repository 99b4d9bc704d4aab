-- The transparency log is append-only at the database too: a published tile, entry bundle or
-- checkpoint never changes (mirrors and caches keep what they were served), and an entry's bytes
-- and, once set, its index never change. Triggers, not only missing code paths, so that a bug or a
-- manual session cannot rewrite the log; the Merkle tree would expose it anyway.
CREATE FUNCTION "log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "log_tiles_no_update_or_delete" BEFORE UPDATE OR DELETE ON "log_tiles" FOR EACH ROW EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_tiles_no_truncate" BEFORE TRUNCATE ON "log_tiles" FOR EACH STATEMENT EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_entry_bundles_no_update_or_delete" BEFORE UPDATE OR DELETE ON "log_entry_bundles" FOR EACH ROW EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_entry_bundles_no_truncate" BEFORE TRUNCATE ON "log_entry_bundles" FOR EACH STATEMENT EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_checkpoints_no_update_or_delete" BEFORE UPDATE OR DELETE ON "log_checkpoints" FOR EACH ROW EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_checkpoints_no_truncate" BEFORE TRUNCATE ON "log_checkpoints" FOR EACH STATEMENT EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
-- Only a pending entry's index may be set, once; nothing else about an entry changes. The WHEN
-- clause is checked without calling a function, so the sequencer's updates stay cheap.
CREATE TRIGGER "log_entries_sequence_once" BEFORE UPDATE ON "log_entries" FOR EACH ROW
  WHEN (OLD."seq" IS NOT NULL OR NEW."seq" IS NULL OR NEW."id" <> OLD."id" OR NEW."entry" <> OLD."entry" OR NEW."kind" <> OLD."kind" OR NEW."created_at" <> OLD."created_at")
  EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_entries_no_delete" BEFORE DELETE ON "log_entries" FOR EACH ROW EXECUTE FUNCTION "log_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "log_entries_no_truncate" BEFORE TRUNCATE ON "log_entries" FOR EACH STATEMENT EXECUTE FUNCTION "log_refuse_change"();
