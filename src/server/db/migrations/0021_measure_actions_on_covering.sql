-- The report's period aggregates read the period's actions by date and need only measure_id and
-- count: carried in the date index, they are read by an index-only scan (issue 16). Same name and
-- key as before, so the Drizzle schema (index on "on") still describes it.
DROP INDEX IF EXISTS "measure_actions_on_idx";--> statement-breakpoint
CREATE INDEX "measure_actions_on_idx" ON "measure_actions" USING btree ("on") INCLUDE ("measure_id", "count");
