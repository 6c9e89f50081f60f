CREATE TABLE "legal_opinion_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opinion_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" text NOT NULL,
	"subject_kind" text DEFAULT 'other' NOT NULL,
	"subject" text NOT NULL,
	"requested_on" date NOT NULL,
	"answered_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_opinions_dates_ck" CHECK ("legal_opinions"."answered_on" is null or "legal_opinions"."answered_on" >= "legal_opinions"."requested_on")
);
--> statement-breakpoint
CREATE TABLE "legal_regulation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regulation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"approved_on" date,
	"approval_session_id" text,
	"gazette_publication_id" uuid,
	"in_force_from" date NOT NULL,
	"in_force_to" date,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_regulation_versions_dates_ck" CHECK ("legal_regulation_versions"."in_force_to" is null or "legal_regulation_versions"."in_force_to" >= "legal_regulation_versions"."in_force_from")
);
--> statement-breakpoint
CREATE TABLE "legal_regulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_opinion_documents" ADD CONSTRAINT "legal_opinion_documents_opinion_id_legal_opinions_id_fk" FOREIGN KEY ("opinion_id") REFERENCES "public"."legal_opinions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_regulation_versions" ADD CONSTRAINT "legal_regulation_versions_regulation_id_legal_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."legal_regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_regulation_versions" ADD CONSTRAINT "legal_regulation_versions_approval_session_id_body_sessions_id_fk" FOREIGN KEY ("approval_session_id") REFERENCES "public"."body_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_regulation_versions" ADD CONSTRAINT "legal_regulation_versions_gazette_publication_id_legal_gazette_publications_id_fk" FOREIGN KEY ("gazette_publication_id") REFERENCES "public"."legal_gazette_publications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legal_opinions_requested_idx" ON "legal_opinions" USING btree ("requested_on");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_regulation_versions_label_uq" ON "legal_regulation_versions" USING btree ("regulation_id","label");--> statement-breakpoint
CREATE INDEX "legal_regulation_versions_from_idx" ON "legal_regulation_versions" USING btree ("regulation_id","in_force_from");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_regulations_name_uq" ON "legal_regulations" USING btree ("name");