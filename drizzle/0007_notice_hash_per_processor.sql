ALTER TABLE "notices" DROP CONSTRAINT "notices_content_hash_unique";--> statement-breakpoint
CREATE INDEX "notices_hash" ON "notices" USING btree ("content_hash");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_processor_hash" UNIQUE("processor_id","content_hash");