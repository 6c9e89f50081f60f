CREATE TABLE "administration_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" serial NOT NULL,
	"on" date NOT NULL,
	"text" text NOT NULL,
	"area" text NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "administration_deliverables" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"due_day" integer DEFAULT 10 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administration_deliverables_due_day_ck" CHECK ("administration_deliverables"."due_day" between 1 and 28),
	CONSTRAINT "administration_deliverables_position_ck" CHECK ("administration_deliverables"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "administration_evidence" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "administration_procurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"object" text NOT NULL,
	"minimum_bidders" integer NOT NULL,
	"status" text NOT NULL,
	"started_on" date NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administration_procurements_number_unique" UNIQUE("number"),
	CONSTRAINT "administration_procurements_bidders_ck" CHECK ("administration_procurements"."minimum_bidders" >= 1)
);
--> statement-breakpoint
CREATE TABLE "administration_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"deliverable_id" text NOT NULL,
	"month" text NOT NULL,
	"status" text NOT NULL,
	"delivered_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administration_submissions_month_ck" CHECK ("administration_submissions"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "administration_evidence" ADD CONSTRAINT "administration_evidence_submission_id_administration_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."administration_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "administration_submissions" ADD CONSTRAINT "administration_submissions_deliverable_id_administration_deliverables_id_fk" FOREIGN KEY ("deliverable_id") REFERENCES "public"."administration_deliverables"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "administration_activities_on_idx" ON "administration_activities" USING btree ("on","seq");--> statement-breakpoint
CREATE INDEX "administration_deliverables_position_idx" ON "administration_deliverables" USING btree ("position");--> statement-breakpoint
CREATE INDEX "administration_procurements_started_idx" ON "administration_procurements" USING btree ("started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "administration_submissions_deliverable_month_uq" ON "administration_submissions" USING btree ("deliverable_id","month");--> statement-breakpoint
CREATE INDEX "administration_submissions_month_idx" ON "administration_submissions" USING btree ("month");