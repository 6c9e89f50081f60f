CREATE TABLE "beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"name_enc" text NOT NULL,
	"name_index" text NOT NULL,
	"aliases_enc" text,
	"contact_enc" text,
	"address_enc" text,
	"organisation_enc" text,
	"activity_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" uuid,
	CONSTRAINT "case_assignments_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_details" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'request_received' NOT NULL,
	"location" text,
	"closing_reason" text,
	"request_received_at" timestamp with time zone,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_folio_sequences" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_leads" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"granted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "case_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "measure_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date NOT NULL,
	"session_ref" text NOT NULL,
	"note_enc" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_decisions_ck" CHECK ("measure_decisions"."decision" in ('approve','modify','suspend','end'))
);
--> statement-breakpoint
CREATE TABLE "measure_details" (
	"measure_id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid,
	"catalogue_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"responsible_institution" text
);
--> statement-breakpoint
CREATE TABLE "protection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"valid_from" date NOT NULL,
	"summary_enc" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"author_id" uuid,
	"level" text NOT NULL,
	"factors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"narrative_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_request_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"appeal_folio" text NOT NULL,
	"filed_on" date NOT NULL,
	"notified_on" date,
	"resolved_on" date,
	"outcome" text,
	"compliance_due_on" date,
	"complied_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ir_appeals_dates_ck" CHECK ("information_request_appeals"."resolved_on" is null or "information_request_appeals"."resolved_on" >= "information_request_appeals"."filed_on")
);
--> statement-breakpoint
CREATE TABLE "information_request_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"area" text NOT NULL,
	"turned_on" date NOT NULL,
	"responded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_request_details" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone,
	"channel" text NOT NULL,
	"arco_right" text,
	"subject" text NOT NULL,
	"request_text_enc" text,
	"requester_name_enc" text,
	"requester_contact_enc" text,
	"requester_name_index" text,
	"status" text DEFAULT 'received' NOT NULL,
	"rule_set_key" text,
	"clarification_requested_on" date,
	"clarification_answered_on" date,
	"extension_notified_on" date,
	"extension_resolution" text,
	"closed_on" date,
	"referral_kind" text,
	"referred_to" text,
	"classification" text,
	"classification_session" text,
	"classification_decided_on" date,
	"classification_decision" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ir_details_arco_ck" CHECK ("information_request_details"."arco_right" is null or "information_request_details"."arco_right" in ('access','rectification','cancellation','opposition','portability'))
);
--> statement-breakpoint
CREATE TABLE "information_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"on" date NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note_enc" text,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"provider" text DEFAULT 'INFO CDMX' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_courses_title_unique" UNIQUE("title")
);
--> statement-breakpoint
CREATE TABLE "transparency_non_working_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_non_working_days_day_unique" UNIQUE("day")
);
--> statement-breakpoint
CREATE TABLE "transparency_obligation_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"obligation_id" uuid NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"updated_on" date,
	"validated_on" date,
	"evidence_ref" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obligation_updates_validated_ck" CHECK ("transparency_obligation_updates"."validated_on" is null or "transparency_obligation_updates"."updated_on" is null or "transparency_obligation_updates"."validated_on" >= "transparency_obligation_updates"."updated_on")
);
--> statement-breakpoint
CREATE TABLE "transparency_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fraction" text NOT NULL,
	"title" text NOT NULL,
	"responsible_area" text NOT NULL,
	"periodicity" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_obligations_fraction_unique" UNIQUE("fraction")
);
--> statement-breakpoint
CREATE TABLE "transparency_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"effective_from" date NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_rule_sets_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "transparency_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"area" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"committee_member" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"certificate_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_details" ADD CONSTRAINT "case_details_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_details" ADD CONSTRAINT "case_details_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_leads" ADD CONSTRAINT "case_leads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_leads" ADD CONSTRAINT "case_leads_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_decisions" ADD CONSTRAINT "measure_decisions_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_decisions" ADD CONSTRAINT "measure_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_details" ADD CONSTRAINT "measure_details_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_details" ADD CONSTRAINT "measure_details_plan_id_protection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."protection_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_details" ADD CONSTRAINT "measure_details_catalogue_id_measure_catalogue_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."measure_catalogue"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plans" ADD CONSTRAINT "protection_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plans" ADD CONSTRAINT "protection_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_request_appeals" ADD CONSTRAINT "information_request_appeals_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_request_areas" ADD CONSTRAINT "information_request_areas_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_request_details" ADD CONSTRAINT "information_request_details_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_request_events" ADD CONSTRAINT "information_request_events_request_id_information_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."information_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_obligation_updates" ADD CONSTRAINT "transparency_obligation_updates_obligation_id_transparency_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."transparency_obligations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_trainings" ADD CONSTRAINT "transparency_trainings_staff_id_transparency_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."transparency_staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_trainings" ADD CONSTRAINT "transparency_trainings_course_id_transparency_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."transparency_courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beneficiaries_case_idx" ON "beneficiaries" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "beneficiaries_name_idx" ON "beneficiaries" USING btree ("name_index");--> statement-breakpoint
CREATE INDEX "case_assignments_user_idx" ON "case_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_details_status_idx" ON "case_details" USING btree ("status");--> statement-breakpoint
CREATE INDEX "case_status_changes_case_idx" ON "case_status_changes" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "measure_catalogue_type_name_uq" ON "measure_catalogue" USING btree ("type","name");--> statement-breakpoint
CREATE INDEX "measure_decisions_measure_idx" ON "measure_decisions" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "measure_details_plan_idx" ON "measure_details" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "protection_plans_case_number_uq" ON "protection_plans" USING btree ("case_id","number");--> statement-breakpoint
CREATE INDEX "risk_assessments_case_idx" ON "risk_assessments" USING btree ("case_id","assessed_on");--> statement-breakpoint
CREATE INDEX "ir_appeals_request_idx" ON "information_request_appeals" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "ir_areas_request_idx" ON "information_request_areas" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "ir_details_status_idx" ON "information_request_details" USING btree ("status");--> statement-breakpoint
CREATE INDEX "ir_details_requester_idx" ON "information_request_details" USING btree ("requester_name_index");--> statement-breakpoint
CREATE INDEX "ir_events_request_idx" ON "information_request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "obligation_updates_period_uq" ON "transparency_obligation_updates" USING btree ("obligation_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_uq" ON "transparency_trainings" USING btree ("staff_id","course_id","completed_on");--> statement-breakpoint
CREATE INDEX "trainings_completed_idx" ON "transparency_trainings" USING btree ("completed_on");