CREATE TABLE "transparency_committee_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"ordinal" integer NOT NULL,
	"scheduled_on" date,
	"held_on" date,
	"topics" text DEFAULT '' NOT NULL,
	"minutes_ref" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_sessions_dated_ck" CHECK ("transparency_committee_sessions"."scheduled_on" is not null or "transparency_committee_sessions"."held_on" is not null),
	CONSTRAINT "committee_sessions_ordinal_ck" CHECK ("transparency_committee_sessions"."ordinal" >= 1)
);
--> statement-breakpoint
CREATE INDEX "committee_sessions_held_idx" ON "transparency_committee_sessions" USING btree ("held_on");