CREATE TABLE "monitoring_activation_cases" (
	"activation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "monitoring_activation_cases_activation_id_case_id_pk" PRIMARY KEY("activation_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_activations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"mobilization_id" uuid,
	"on" date NOT NULL,
	"phase" text NOT NULL,
	"staff_on_duty" integer,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monitoring_activations_code_unique" UNIQUE("code"),
	CONSTRAINT "monitoring_activations_staff_ck" CHECK ("monitoring_activations"."staff_on_duty" is null or "monitoring_activations"."staff_on_duty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "monitoring_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"detected_on" date NOT NULL,
	"facts_on" date,
	"situation" text NOT NULL,
	"forms" text[] NOT NULL,
	"types" text[] DEFAULT '{}'::text[] NOT NULL,
	"perpetrator" text,
	"profile" text NOT NULL,
	"identity" text NOT NULL,
	"alcaldia" text NOT NULL,
	"protest" boolean DEFAULT false NOT NULL,
	"activation_id" uuid,
	"summary_enc" text,
	"people_enc" text,
	"reported_sources" integer DEFAULT 0 NOT NULL,
	"case_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "monitoring_findings_code_unique" UNIQUE("code"),
	CONSTRAINT "monitoring_findings_forms_ck" CHECK (cardinality("monitoring_findings"."forms") >= 1),
	CONSTRAINT "monitoring_findings_sources_ck" CHECK ("monitoring_findings"."reported_sources" >= 0)
);
--> statement-breakpoint
CREATE TABLE "monitoring_mobilizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"on" date NOT NULL,
	"cause" text NOT NULL,
	"alcaldias" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outlet" text NOT NULL,
	"url" text,
	"captured_at" timestamp with time zone NOT NULL,
	"file_name" text,
	"media_type" text,
	"size" integer,
	"sha256" text,
	"content_enc" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_activation_cases" ADD CONSTRAINT "monitoring_activation_cases_activation_id_monitoring_activations_id_fk" FOREIGN KEY ("activation_id") REFERENCES "public"."monitoring_activations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_activation_cases" ADD CONSTRAINT "monitoring_activation_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_activations" ADD CONSTRAINT "monitoring_activations_mobilization_id_monitoring_mobilizations_id_fk" FOREIGN KEY ("mobilization_id") REFERENCES "public"."monitoring_mobilizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_activations" ADD CONSTRAINT "monitoring_activations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_findings" ADD CONSTRAINT "monitoring_findings_activation_id_monitoring_activations_id_fk" FOREIGN KEY ("activation_id") REFERENCES "public"."monitoring_activations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_findings" ADD CONSTRAINT "monitoring_findings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_findings" ADD CONSTRAINT "monitoring_findings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_mobilizations" ADD CONSTRAINT "monitoring_mobilizations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_sources" ADD CONSTRAINT "monitoring_sources_finding_id_monitoring_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."monitoring_findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_sources" ADD CONSTRAINT "monitoring_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_activations_on_idx" ON "monitoring_activations" USING btree ("on");--> statement-breakpoint
CREATE INDEX "monitoring_findings_detected_idx" ON "monitoring_findings" USING btree ("detected_on");--> statement-breakpoint
CREATE INDEX "monitoring_findings_place_idx" ON "monitoring_findings" USING btree ("alcaldia","detected_on");--> statement-breakpoint
CREATE INDEX "monitoring_mobilizations_on_idx" ON "monitoring_mobilizations" USING btree ("on");--> statement-breakpoint
CREATE INDEX "monitoring_sources_finding_idx" ON "monitoring_sources" USING btree ("finding_id");