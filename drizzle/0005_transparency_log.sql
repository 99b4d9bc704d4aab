CREATE TABLE "log_checkpoints" (
	"size" bigint PRIMARY KEY NOT NULL,
	"root" "bytea" NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "log_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry" "bytea" NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigint,
	CONSTRAINT "log_entries_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "log_entry_bundles" (
	"tile_index" bigint NOT NULL,
	"width" smallint NOT NULL,
	"entries" "bytea" NOT NULL,
	CONSTRAINT "log_entry_bundles_tile_index_width_pk" PRIMARY KEY("tile_index","width"),
	CONSTRAINT "log_entry_bundles_width" CHECK ("log_entry_bundles"."width" between 1 and 256)
);
--> statement-breakpoint
CREATE TABLE "log_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	CONSTRAINT "log_state_single_row" CHECK ("log_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "log_tiles" (
	"level" smallint NOT NULL,
	"tile_index" bigint NOT NULL,
	"width" smallint NOT NULL,
	"hashes" "bytea" NOT NULL,
	CONSTRAINT "log_tiles_level_tile_index_width_pk" PRIMARY KEY("level","tile_index","width"),
	CONSTRAINT "log_tiles_shape" CHECK ("log_tiles"."level" between 0 and 63 and "log_tiles"."width" between 1 and 256 and octet_length("log_tiles"."hashes") = 32 * "log_tiles"."width")
);
--> statement-breakpoint
CREATE INDEX "log_entries_pending" ON "log_entries" USING btree ("id") WHERE "log_entries"."seq" is null;