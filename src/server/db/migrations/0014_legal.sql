CREATE TABLE "legal_contract_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content_enc" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"seq" serial NOT NULL,
	"counterpart_enc" text,
	"object" text DEFAULT '' NOT NULL,
	"amount" numeric(14, 2),
	"signed_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"renews_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_contracts_dates_ck" CHECK ("legal_contracts"."ends_on" >= "legal_contracts"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "legal_gazette_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text NOT NULL,
	"seq" serial NOT NULL,
	"published_on" date NOT NULL,
	"title" text NOT NULL,
	"kind" text DEFAULT 'aviso' NOT NULL,
	"page" integer,
	"url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_lawsuit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lawsuit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"description" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_lawsuit_types" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_lawsuits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_number" text NOT NULL,
	"type_code" text NOT NULL,
	"court" text NOT NULL,
	"plaintiff_enc" text NOT NULL,
	"defendant" text DEFAULT '' NOT NULL,
	"claims" text DEFAULT '' NOT NULL,
	"claimed_amount" numeric(14, 2),
	"projected_amount" numeric(14, 2),
	"stage" text DEFAULT 'filed' NOT NULL,
	"filed_on" date NOT NULL,
	"resolution" text,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_contract_documents" ADD CONSTRAINT "legal_contract_documents_contract_id_legal_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."legal_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_lawsuit_events" ADD CONSTRAINT "legal_lawsuit_events_lawsuit_id_legal_lawsuits_id_fk" FOREIGN KEY ("lawsuit_id") REFERENCES "public"."legal_lawsuits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_lawsuits" ADD CONSTRAINT "legal_lawsuits_type_code_legal_lawsuit_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."legal_lawsuit_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_contracts_number_uq" ON "legal_contracts" USING btree ("number");--> statement-breakpoint
CREATE INDEX "legal_contracts_signed_idx" ON "legal_contracts" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "legal_contracts_ends_idx" ON "legal_contracts" USING btree ("ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_gazette_ref_uq" ON "legal_gazette_publications" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "legal_gazette_published_idx" ON "legal_gazette_publications" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "legal_lawsuit_events_on_idx" ON "legal_lawsuit_events" USING btree ("lawsuit_id","on");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_lawsuits_file_uq" ON "legal_lawsuits" USING btree ("file_number");--> statement-breakpoint
CREATE INDEX "legal_lawsuits_filed_idx" ON "legal_lawsuits" USING btree ("filed_on");