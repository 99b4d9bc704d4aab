CREATE TABLE "consent_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"receipt_id" text NOT NULL,
	"processor_id" uuid NOT NULL,
	"subject_index" text NOT NULL,
	"purpose_id" text NOT NULL,
	"action" text NOT NULL,
	"method" text NOT NULL,
	"actor_kind" text NOT NULL,
	"notice_hash" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_receipts" (
	"id" text PRIMARY KEY NOT NULL,
	"processor_id" uuid NOT NULL,
	"subject_index" text NOT NULL,
	"account_id" uuid,
	"notice_hash" text NOT NULL,
	"payload" jsonb NOT NULL,
	"jws" text NOT NULL,
	"salt" text NOT NULL,
	"log_entry_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"declaration_version_id" uuid NOT NULL,
	"notice" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notices_content_hash_unique" UNIQUE("content_hash"),
	CONSTRAINT "notices_processor_version" UNIQUE("processor_id","version")
);
--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_receipt_id_consent_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."consent_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_receipts" ADD CONSTRAINT "consent_receipts_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_declaration_version_id_declaration_versions_id_fk" FOREIGN KEY ("declaration_version_id") REFERENCES "public"."declaration_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_events_subject" ON "consent_events" USING btree ("processor_id","subject_index","purpose_id","seq");--> statement-breakpoint
CREATE INDEX "consent_events_processor_time" ON "consent_events" USING btree ("processor_id","occurred_at");--> statement-breakpoint
CREATE INDEX "consent_receipts_subject" ON "consent_receipts" USING btree ("processor_id","subject_index");--> statement-breakpoint
CREATE INDEX "consent_receipts_account" ON "consent_receipts" USING btree ("account_id");