CREATE TABLE "prevention_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"modality" text NOT NULL,
	"title" text NOT NULL,
	"objective" text DEFAULT '' NOT NULL,
	"partner" text,
	"thematic_line" integer,
	"audiences" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'call' NOT NULL,
	"target_label" text,
	"for_officials" boolean DEFAULT false NOT NULL,
	"measure_id" uuid,
	"women" integer DEFAULT 0 NOT NULL,
	"men" integer DEFAULT 0 NOT NULL,
	"lgbttti" integer DEFAULT 0 NOT NULL,
	"prefer_not_to_say" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "prevention_activities_code_unique" UNIQUE("code"),
	CONSTRAINT "prevention_activities_line_ck" CHECK ("prevention_activities"."thematic_line" is null or "prevention_activities"."thematic_line" between 1 and 5),
	CONSTRAINT "prevention_activities_participants_ck" CHECK ("prevention_activities"."women" >= 0 and "prevention_activities"."men" >= 0 and "prevention_activities"."lgbttti" >= 0 and "prevention_activities"."prefer_not_to_say" >= 0)
);
--> statement-breakpoint
CREATE TABLE "prevention_agreement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"commitment_id" uuid,
	"on" date NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"counterpart" text NOT NULL,
	"kind" text,
	"international" boolean DEFAULT false NOT NULL,
	"signed_on" date,
	"ends_on" date,
	"object" text DEFAULT '' NOT NULL,
	"liaison_mpi" text,
	"liaison_counterpart" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "prevention_agreements_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "prevention_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"text" text NOT NULL,
	"planned_actions" integer DEFAULT 3 NOT NULL,
	"due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"level" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "prevention_institutions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "prevention_liaison_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"institution" text NOT NULL,
	"title" text NOT NULL,
	"international" boolean DEFAULT false NOT NULL,
	"description" text,
	"agreement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "prevention_liaison_activities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "prevention_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid,
	"liaison_id" uuid,
	"caption" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prevention_photos_owner_ck" CHECK (("prevention_photos"."activity_id" is null) <> ("prevention_photos"."liaison_id" is null))
);
--> statement-breakpoint
CREATE TABLE "prevention_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"on" date NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prevention_sessions_hours_ck" CHECK ("prevention_sessions"."hours" >= 0)
);
--> statement-breakpoint
ALTER TABLE "prevention_activities" ADD CONSTRAINT "prevention_activities_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_agreement_actions" ADD CONSTRAINT "prevention_agreement_actions_agreement_id_prevention_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."prevention_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_agreement_actions" ADD CONSTRAINT "prevention_agreement_actions_commitment_id_prevention_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."prevention_commitments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_commitments" ADD CONSTRAINT "prevention_commitments_agreement_id_prevention_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."prevention_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_liaison_activities" ADD CONSTRAINT "prevention_liaison_activities_agreement_id_prevention_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."prevention_agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_photos" ADD CONSTRAINT "prevention_photos_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_photos" ADD CONSTRAINT "prevention_photos_liaison_id_prevention_liaison_activities_id_fk" FOREIGN KEY ("liaison_id") REFERENCES "public"."prevention_liaison_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_sessions" ADD CONSTRAINT "prevention_sessions_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prevention_activities_kind_idx" ON "prevention_activities" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "prevention_agreement_actions_agreement_idx" ON "prevention_agreement_actions" USING btree ("agreement_id","on");--> statement-breakpoint
CREATE INDEX "prevention_agreement_actions_on_idx" ON "prevention_agreement_actions" USING btree ("on");--> statement-breakpoint
CREATE INDEX "prevention_commitments_agreement_idx" ON "prevention_commitments" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "prevention_liaison_on_idx" ON "prevention_liaison_activities" USING btree ("on");--> statement-breakpoint
CREATE INDEX "prevention_liaison_kind_idx" ON "prevention_liaison_activities" USING btree ("kind","on");--> statement-breakpoint
CREATE INDEX "prevention_photos_activity_idx" ON "prevention_photos" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "prevention_photos_liaison_idx" ON "prevention_photos" USING btree ("liaison_id");--> statement-breakpoint
CREATE INDEX "prevention_sessions_activity_idx" ON "prevention_sessions" USING btree ("activity_id","on");--> statement-breakpoint
CREATE INDEX "prevention_sessions_on_idx" ON "prevention_sessions" USING btree ("on");