ALTER TABLE "body_agenda_items" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "body_agenda_items" ADD COLUMN "text_enc" text;--> statement-breakpoint
ALTER TABLE "body_sessions" ADD COLUMN "minutes_ref" text;--> statement-breakpoint
ALTER TABLE "measure_decisions" ADD COLUMN "session_id" text;--> statement-breakpoint
ALTER TABLE "measure_decisions" ADD CONSTRAINT "measure_decisions_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_decisions_session_idx" ON "measure_decisions" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "body_agenda_items" ADD CONSTRAINT "body_agenda_items_text_ck" CHECK ("body_agenda_items"."text" is not null or "body_agenda_items"."text_enc" is not null);--> statement-breakpoint
-- The Comité de Transparencia's register moves into the bodies module: every row becomes a
-- session of the body `comite_transparencia` (its topics one agenda item a line, its acta
-- reference in minutes_ref). A row whose session the bodies module already holds (same type and
-- date, one row to one session) is merged into it.
ALTER TABLE "transparency_committee_sessions" ADD COLUMN "body_session_id" text;--> statement-breakpoint
UPDATE "transparency_committee_sessions" c SET "body_session_id" = (
  SELECT min(b."id") FROM "body_sessions" b
  WHERE b."body_code" = 'comite_transparencia' AND b."type" = c."kind"
    AND coalesce(b."held_on", b."planned_on") = coalesce(c."held_on", c."scheduled_on"));--> statement-breakpoint
UPDATE "transparency_committee_sessions" SET "body_session_id" = NULL WHERE "body_session_id" IN (
  SELECT "body_session_id" FROM "transparency_committee_sessions" WHERE "body_session_id" IS NOT NULL
  GROUP BY "body_session_id" HAVING count(*) > 1);--> statement-breakpoint
UPDATE "transparency_committee_sessions"
  SET "body_session_id" = 'CT-' || extract(year FROM coalesce("held_on", "scheduled_on"))::int || '-' || left("id"::text, 8)
  WHERE "body_session_id" IS NULL;--> statement-breakpoint
INSERT INTO "body_sessions" ("id", "body_code", "type", "year", "ordinal", "status", "planned_on", "held_on",
    "minutes_ref", "version", "created_at", "updated_at")
  SELECT c."body_session_id", 'comite_transparencia', c."kind", extract(year FROM coalesce(c."held_on", c."scheduled_on"))::int,
    c."ordinal", CASE WHEN c."held_on" IS NOT NULL THEN 'held' ELSE 'planned' END, c."scheduled_on", c."held_on",
    c."minutes_ref", c."version", c."created_at", c."updated_at"
  FROM "transparency_committee_sessions" c
  WHERE NOT EXISTS (SELECT 1 FROM "body_sessions" b WHERE b."id" = c."body_session_id");--> statement-breakpoint
UPDATE "body_sessions" b SET "minutes_ref" = c."minutes_ref"
  FROM "transparency_committee_sessions" c
  WHERE b."id" = c."body_session_id" AND b."minutes_ref" IS NULL AND c."minutes_ref" IS NOT NULL;--> statement-breakpoint
INSERT INTO "body_agenda_items" ("session_id", "position", "group", "text")
  SELECT c."body_session_id", row_number() OVER (PARTITION BY c."id" ORDER BY t.n), 'none', btrim(t.line)
  FROM "transparency_committee_sessions" c,
    regexp_split_to_table(c."topics", E'\r?\n') WITH ORDINALITY AS t(line, n)
  WHERE btrim(t.line) <> ''
    AND NOT EXISTS (SELECT 1 FROM "body_agenda_items" i WHERE i."session_id" = c."body_session_id");--> statement-breakpoint
DROP TABLE "transparency_committee_sessions" CASCADE;--> statement-breakpoint
-- CEM decisions: the free-text session reference is kept; it is linked to the CEM session it
-- names when exactly one session matches, tried in this order: the session's id; its number,
-- type and year ("CEM 2a ord.", "Primera Sesión Extraordinaria 2024"; the year of the decision
-- when the text gives none); the only CEM session held on the decision's date.
UPDATE "measure_decisions" d SET "session_id" = m."id" FROM (
  SELECT d2."id" AS decision_id, min(b."id") AS "id", count(*) AS n
  FROM "measure_decisions" d2 JOIN "body_sessions" b
    ON b."body_code" = 'cem' AND lower(btrim(d2."session_ref")) = lower(b."id")
  GROUP BY d2."id") m
  WHERE d."id" = m.decision_id AND m.n = 1;--> statement-breakpoint
UPDATE "measure_decisions" d SET "session_id" = m."id" FROM (
  SELECT r.decision_id, min(b."id") AS "id", count(*) AS n
  FROM (
    SELECT x."id" AS decision_id,
      coalesce(
        substring(x.ref FROM '(\d{1,2})\s*(?:ª|º|a|o|ra|da|er|ta|va|na|ma)?\.?\s*(?:sesi[oó]n\s+)?(?:ord|ext)')::int,
        array_position(ARRAY['primera','segunda','tercera','cuarta','quinta','sexta','séptima','octava','novena','décima'],
          substring(x.ref FROM '(primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima)\s+(?:sesi[oó]n\s+)?(?:ord|ext)'))
      ) AS ordinal,
      CASE WHEN x.ref ~ '\mext' THEN 'extraordinary' WHEN x.ref ~ '\mord' THEN 'ordinary' END AS "type",
      coalesce(substring(x.ref FROM '(?:^|\D)(20\d\d)(?:\D|$)')::int, extract(year FROM x."decided_on")::int) AS "year"
    FROM (SELECT "id", "decided_on", lower("session_ref") AS ref FROM "measure_decisions" WHERE "session_id" IS NULL) x
  ) r
  JOIN "body_sessions" b ON b."body_code" = 'cem' AND b."ordinal" = r.ordinal AND b."type" = r."type" AND b."year" = r."year"
  GROUP BY r.decision_id) m
  WHERE d."id" = m.decision_id AND m.n = 1;--> statement-breakpoint
UPDATE "measure_decisions" d SET "session_id" = m."id" FROM (
  SELECT d2."id" AS decision_id, min(b."id") AS "id", count(*) AS n
  FROM "measure_decisions" d2 JOIN "body_sessions" b
    ON b."body_code" = 'cem' AND b."status" = 'held' AND b."held_on" = d2."decided_on"
  WHERE d2."session_id" IS NULL
  GROUP BY d2."id") m
  WHERE d."id" = m.decision_id AND m.n = 1;
