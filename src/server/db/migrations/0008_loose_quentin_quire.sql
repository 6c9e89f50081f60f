CREATE TABLE "transparency_governing_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family" text,
	"rule_set_key" text,
	"effective_from" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_rule_set_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_set_key" text NOT NULL,
	"verified_by" text NOT NULL,
	"verified_on" date NOT NULL,
	"source" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_rule_set_verifications_rule_set_key_unique" UNIQUE("rule_set_key")
);
--> statement-breakpoint
ALTER TABLE "information_request_details" ADD COLUMN "deadline_basis" jsonb;--> statement-breakpoint
CREATE INDEX "transparency_governing_effective_idx" ON "transparency_governing_rule_sets" USING btree ("effective_from");