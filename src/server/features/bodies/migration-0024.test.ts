// Migration 0024 over rows written before it: the Comité de Transparencia's register moves into
// the bodies module and CEM decisions get a link to their session; no row is lost.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { rowsOf, type DatabaseHandle } from '../../db/client.js';
import { migrationsFolder } from '../../db/migrate.js';

const MIGRATION = '0024_bodies_committee_cem.sql';
let handle: DatabaseHandle;

async function apply(file: string) {
  const text = fs.readFileSync(path.join(migrationsFolder, file), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    if (statement.trim()) await handle.db.execute(sql.raw(statement));
  }
}
const q = async <T>(query: string) => rowsOf<T>(await handle.db.execute(sql.raw(query)));

const COMMITTEE = [
  // held, two topics (a bullet and an empty line among them), an acta reference
  `('11111111-0000-4000-8000-000000000001', 'extraordinary', 1, null, '2024-01-31',
    E'Presentación de integrantes\\n• Aprobación del calendario\\n\\n', 'ACTA-CT-E1', 3)`,
  // planned, no topics
  `('22222222-0000-4000-8000-000000000002', 'ordinary', 1, '2024-03-13', null, '', null, 1)`,
  // held, already recorded in the bodies module (same type and date): merged into it
  `('33333333-0000-4000-8000-000000000003', 'ordinary', 2, '2024-06-12', '2024-06-12', 'Informe semestral', 'ACTA-CT-O2', 2)`,
];

beforeAll(async () => {
  handle = await createTestDatabase({ migrated: false });
  const files = fs
    .readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const f of files.slice(0, files.indexOf(MIGRATION))) await apply(f);
  await q(`insert into transparency_committee_sessions
    (id, kind, ordinal, scheduled_on, held_on, topics, minutes_ref, version) values ${COMMITTEE.join(',')}`);
  await q(`insert into body_sessions (id, body_code, type, year, ordinal, status, planned_on, held_on) values
    ('CT-2024-O2', 'comite_transparencia', 'ordinary', 2024, 2, 'held', '2024-06-10', '2024-06-12'),
    ('CEM-2024-O2', 'cem', 'ordinary', 2024, 2, 'held', null, '2024-03-05'),
    ('CEM-2024-E1', 'cem', 'extraordinary', 2024, 1, 'held', null, '2024-04-10'),
    ('CEM-2023-O2', 'cem', 'ordinary', 2023, 2, 'held', null, '2023-05-05')`);
  await q(`insert into cases (id, folio, kind, procedure, profile, identity, opened_on)
    values ('44444444-0000-4000-8000-000000000004', 'MPI-T-1', 'incorporation', 'ordinary', 'defender', 'woman', '2024-01-02')`);
  await q(`insert into measures (id, code, case_id, type, name)
    values ('55555555-0000-4000-8000-000000000005', 'M-T-1', '44444444-0000-4000-8000-000000000004', 'protection', 'Botón')`);
  const decisions: [string, string, string][] = [
    ['d1', 'CEM 2a ord.', '2024-03-06'], // number, type, year of the decision
    ['d2', 'cem-2024-e1', '2024-04-11'], // the session id
    ['d3', 'Sesión del 10 de abril', '2024-04-10'], // the only CEM session held that day
    ['d4', 'Acuerdo interno 7', '2024-05-01'], // names no session: text kept, no link
    ['d5', 'Primera Sesión Extraordinaria 2024', '2024-04-20'], // the ordinal word and the year
    ['d6', 'CEM 2a ord. 2023', '2024-01-15'], // the year written in the text wins
    ['d7', 'CEM 5a ord.', '2024-03-05'], // a number no session has: the date then decides
  ];
  await q(
    `insert into measure_decisions (id, measure_id, decision, decided_on, session_ref) values ${decisions
      .map(
        ([n, ref, on], i) =>
          `('66666666-0000-4000-8000-00000000000${i}', '55555555-0000-4000-8000-000000000005', 'approve', '${on}', '${ref}') /* ${n} */`,
      )
      .join(',')}`,
  );
  await apply(MIGRATION);
}, 120_000);
afterAll(async () => handle?.close());

describe('migration 0024', () => {
  it("moves every row of the Comité's register into the bodies module, fields and topics included", async () => {
    const sessions = await q<
      Record<string, unknown>
    >(`select id, type, year, ordinal, status, planned_on::text as planned,
      held_on::text as held, minutes_ref, version from body_sessions where body_code = 'comite_transparencia' order by id`);
    expect(sessions).toEqual([
      {
        id: 'CT-2024-11111111',
        type: 'extraordinary',
        year: 2024,
        ordinal: 1,
        status: 'held',
        planned: null,
        held: '2024-01-31',
        minutes_ref: 'ACTA-CT-E1',
        version: 3,
      },
      {
        id: 'CT-2024-22222222',
        type: 'ordinary',
        year: 2024,
        ordinal: 1,
        status: 'planned',
        planned: '2024-03-13',
        held: null,
        minutes_ref: null,
        version: 1,
      },
      {
        id: 'CT-2024-O2',
        type: 'ordinary',
        year: 2024,
        ordinal: 2,
        status: 'held',
        planned: '2024-06-10',
        held: '2024-06-12',
        minutes_ref: 'ACTA-CT-O2',
        version: 1,
      },
    ]);
    const items = await q<{ session_id: string; position: number; group: string; text: string }>(
      `select session_id, position, "group", text from body_agenda_items order by session_id, position`,
    );
    expect(items).toEqual([
      { session_id: 'CT-2024-11111111', position: 1, group: 'none', text: 'Presentación de integrantes' },
      { session_id: 'CT-2024-11111111', position: 2, group: 'none', text: '• Aprobación del calendario' },
      { session_id: 'CT-2024-O2', position: 1, group: 'none', text: 'Informe semestral' },
    ]);
    const [gone] = await q<{ t: string | null }>(`select to_regclass('transparency_committee_sessions')::text as t`);
    expect(gone!.t).toBeNull();
  });

  it('links CEM decisions that name a CEM session and keeps every reference as written', async () => {
    const rows = await q<{ ref: string; session_id: string | null }>(
      `select session_ref as ref, session_id from measure_decisions order by id`,
    );
    expect(rows).toEqual([
      { ref: 'CEM 2a ord.', session_id: 'CEM-2024-O2' },
      { ref: 'cem-2024-e1', session_id: 'CEM-2024-E1' },
      { ref: 'Sesión del 10 de abril', session_id: 'CEM-2024-E1' },
      { ref: 'Acuerdo interno 7', session_id: null },
      { ref: 'Primera Sesión Extraordinaria 2024', session_id: 'CEM-2024-E1' },
      { ref: 'CEM 2a ord. 2023', session_id: 'CEM-2023-O2' },
      { ref: 'CEM 5a ord.', session_id: 'CEM-2024-O2' },
    ]);
  });
});
