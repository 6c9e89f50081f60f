CREATE TABLE "bodies" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"legal_basis" text NOT NULL,
	"presiding_role" text NOT NULL,
	"internal_rules" text,
	"confidentiality_agreement" boolean DEFAULT false NOT NULL,
	"yearly_target" integer,
	"secretariat_roles" jsonb NOT NULL,
	"restricted_agenda" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"position" integer NOT NULL,
	"group" text NOT NULL,
	"text" text NOT NULL,
	"outcome" text,
	"link_kind" text,
	"link_ref" text,
	"case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "body_agenda_items_group_ck" CHECK ("body_agenda_items"."group" in ('none','approval','information'))
);
--> statement-breakpoint
CREATE TABLE "body_agreement_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" text NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"body_code" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"position" integer DEFAULT 1 NOT NULL,
	"text" text NOT NULL,
	"responsible" text,
	"due_on" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_agreements_status_ck" CHECK ("body_agreements"."status" in ('pending','in_progress','done'))
);
--> statement-breakpoint
CREATE TABLE "body_attendance" (
	"session_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "body_attendance_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "body_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_documents_kind_ck" CHECK ("body_documents"."kind" in ('convocatoria','acta','annex'))
);
--> statement-breakpoint
CREATE TABLE "body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_code" text NOT NULL,
	"name" text NOT NULL,
	"post" text,
	"institution" text,
	"role" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"appointment" text,
	"appointment_ref" text,
	"substitutes_id" uuid,
	"represents_body" text,
	"contact_enc" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"body_code" text NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"ordinal" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_on" date,
	"held_on" date,
	"place" text,
	"modality" text,
	"quorum_reached" boolean,
	"no_quorum_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_sessions_dated_ck" CHECK ("body_sessions"."planned_on" is not null or "body_sessions"."held_on" is not null),
	CONSTRAINT "body_sessions_ordinal_ck" CHECK ("body_sessions"."ordinal" >= 1),
	CONSTRAINT "body_sessions_type_ck" CHECK ("body_sessions"."type" in ('ordinary','extraordinary')),
	CONSTRAINT "body_sessions_status_ck" CHECK ("body_sessions"."status" in ('planned','held','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "body_agenda_items" ADD CONSTRAINT "body_agenda_items_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_agreement_notes" ADD CONSTRAINT "body_agreement_notes_agreement_id_body_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."body_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_agreement_notes" ADD CONSTRAINT "body_agreement_notes_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_agreements" ADD CONSTRAINT "body_agreements_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_agreements" ADD CONSTRAINT "body_agreements_body_code_bodies_code_fk" FOREIGN KEY ("body_code") REFERENCES "public"."bodies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_attendance" ADD CONSTRAINT "body_attendance_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_attendance" ADD CONSTRAINT "body_attendance_member_id_body_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."body_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_documents" ADD CONSTRAINT "body_documents_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_documents" ADD CONSTRAINT "body_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_body_code_bodies_code_fk" FOREIGN KEY ("body_code") REFERENCES "public"."bodies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_represents_body_bodies_code_fk" FOREIGN KEY ("represents_body") REFERENCES "public"."bodies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_sessions" ADD CONSTRAINT "body_sessions_body_code_bodies_code_fk" FOREIGN KEY ("body_code") REFERENCES "public"."bodies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "body_agenda_items_session_idx" ON "body_agenda_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "body_agreement_notes_agreement_idx" ON "body_agreement_notes" USING btree ("agreement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "body_agreements_number_uq" ON "body_agreements" USING btree ("body_code","year","number");--> statement-breakpoint
CREATE INDEX "body_agreements_session_idx" ON "body_agreements" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "body_agreements_due_idx" ON "body_agreements" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "body_documents_session_idx" ON "body_documents" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "body_members_body_idx" ON "body_members" USING btree ("body_code","from_on");--> statement-breakpoint
CREATE INDEX "body_sessions_body_idx" ON "body_sessions" USING btree ("body_code","year","type");--> statement-breakpoint
CREATE INDEX "body_sessions_held_idx" ON "body_sessions" USING btree ("held_on");