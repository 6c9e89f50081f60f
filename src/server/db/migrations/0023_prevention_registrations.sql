CREATE TABLE "prevention_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"name_enc" text NOT NULL,
	"contact_enc" text,
	"category" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "prevention_registrations" ADD CONSTRAINT "prevention_registrations_activity_id_prevention_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."prevention_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prevention_registrations_activity_idx" ON "prevention_registrations" USING btree ("activity_id");