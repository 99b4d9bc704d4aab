CREATE TABLE "declaration_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"source_text" text NOT NULL,
	"source_format" text NOT NULL,
	"declaration" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "declaration_versions_processor_version" UNIQUE("processor_id","version")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"processor_id" uuid NOT NULL,
	"declaration_version_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"jurisdictions" text[] NOT NULL,
	"packs" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "processors_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "declaration_versions" ADD CONSTRAINT "declaration_versions_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_declaration_version_id_declaration_versions_id_fk" FOREIGN KEY ("declaration_version_id") REFERENCES "public"."declaration_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluations_processor_created" ON "evaluations" USING btree ("processor_id","created_at");