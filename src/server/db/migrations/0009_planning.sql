CREATE TABLE "planning_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" text NOT NULL,
	"node_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"dimension" text,
	"definition" text,
	"formula" text,
	"formula_type" text NOT NULL,
	"variables" jsonb NOT NULL,
	"comparison" text,
	"unit" text,
	"baseline_text" text,
	"baseline_value" double precision,
	"goal_text" text,
	"goal_value" double precision,
	"responsible" text,
	"source" text,
	"direction" text NOT NULL,
	"frequency" text NOT NULL,
	"measurement_months" jsonb NOT NULL,
	"expected_progress" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"source_id" text,
	"source_params" jsonb,
	"extra" jsonb,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" text NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "planning_schedule_links" (
	"row_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	CONSTRAINT "planning_schedule_links_row_id_node_id_pk" PRIMARY KEY("row_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "planning_schedule_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" text NOT NULL,
	"row" integer NOT NULL,
	"cells" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "planning_targets" (
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"programmed" double precision NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_targets_indicator_id_period_pk" PRIMARY KEY("indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "planning_values" (
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"evidence" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_values_indicator_id_period_pk" PRIMARY KEY("indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "planning_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"institution" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"front_matter" jsonb NOT NULL,
	"approval" jsonb NOT NULL,
	"seed" text,
	"source_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "planning_indicators" ADD CONSTRAINT "planning_indicators_plan_id_planning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."planning_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_indicators" ADD CONSTRAINT "planning_indicators_node_id_planning_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."planning_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_nodes" ADD CONSTRAINT "planning_nodes_plan_id_planning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."planning_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_schedule_links" ADD CONSTRAINT "planning_schedule_links_row_id_planning_schedule_rows_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."planning_schedule_rows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_schedule_links" ADD CONSTRAINT "planning_schedule_links_node_id_planning_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."planning_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_schedule_rows" ADD CONSTRAINT "planning_schedule_rows_plan_id_planning_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."planning_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_targets" ADD CONSTRAINT "planning_targets_indicator_id_planning_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."planning_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_targets" ADD CONSTRAINT "planning_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_values" ADD CONSTRAINT "planning_values_indicator_id_planning_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."planning_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_values" ADD CONSTRAINT "planning_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "planning_indicators_code_uq" ON "planning_indicators" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "planning_nodes_code_uq" ON "planning_nodes" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "planning_nodes_parent_idx" ON "planning_nodes" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "planning_schedule_rows_uq" ON "planning_schedule_rows" USING btree ("plan_id","row");