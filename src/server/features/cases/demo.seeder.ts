// Demo data for the cases feature, on top of the fictional cases the interchange seeder imports:
// details and status, fictional beneficiaries, a risk assessment and a plan for the most recent open
// cases. demo.cdemp is assigned to some of them only, so the demo shows both views (with and
// without identities). Every name is obviously fictional.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { users } from '../../platform/auth/auth.schema.js';
import {
  beneficiaries,
  caseAssignments,
  caseDetails,
  caseStatusChanges,
  measureCatalogue,
  measureDetails,
  protectionPlans,
  riskAssessments,
} from './cases.schema.js';
import { cases, measures } from '../../records/records.schema.js';
import { admittedStatusFor } from './lifecycle.js';

const LEVELS = ['medium', 'high', 'low', 'extreme'] as const;

export async function seedCasesDemo(
  { db, crypto }: Pick<AppDeps, 'db' | 'crypto'>,
  opts = { cases: 12, assigned: 8 },
): Promise<string[]> {
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo.cdemp'));
  const recent = await db
    .select()
    .from(cases)
    .where(isNull(cases.closedOn))
    .orderBy(desc(cases.openedOn))
    .limit(opts.cases);
  if (!officer || recent.length === 0) return [];
  const catalogue = await db.select().from(measureCatalogue);
  const catalogueId = new Map(catalogue.map((c) => [`${c.type}|${c.name}`, c.id]));
  const caseMeasures = await db
    .select()
    .from(measures)
    .where(
      inArray(
        measures.caseId,
        recent.map((c) => c.id),
      ),
    );
  await db.transaction(async (tx) => {
    for (const [i, c] of recent.entries()) {
      const n = String(i + 1).padStart(2, '0');
      const status = admittedStatusFor[c.kind];
      await tx
        .insert(caseDetails)
        .values({
          caseId: c.id,
          status,
          location: 'Cuauhtémoc',
          requestReceivedAt: new Date(`${c.openedOn}T10:00:00-06:00`),
        })
        .onConflictDoNothing();
      await tx
        .insert(caseStatusChanges)
        .values({ caseId: c.id, fromStatus: null, toStatus: status, at: new Date(`${c.openedOn}T12:00:00-06:00`) });
      if (i < opts.assigned)
        await tx.insert(caseAssignments).values({ caseId: c.id, userId: officer.id }).onConflictDoNothing();
      const name = c.identity === 'collective' ? `Colectivo Ficticio ${n}` : `Persona Ficticia ${n}`;
      await tx.insert(beneficiaries).values({
        caseId: c.id,
        relation: c.identity === 'collective' ? 'collective_member' : 'principal',
        nameEnc: crypto.encrypt(name),
        nameIndex: crypto.blindIndex('beneficiary.name', name),
        organisationEnc: crypto.encrypt(
          c.profile === 'journalist' ? `Medio Ficticio ${n}` : `Organización Ficticia ${n}`,
        ),
        activityEnc: crypto.encrypt('Actividad ficticia de demostración.'),
      });
      await tx.insert(riskAssessments).values({
        caseId: c.id,
        assessedOn: c.openedOn,
        level: LEVELS[i % LEVELS.length]!,
        factors: ['threats', 'digital_aggression'],
        narrativeEnc: crypto.encrypt('Narración ficticia de demostración: no corresponde a ninguna persona real.'),
      });
      const [plan] = await tx
        .insert(protectionPlans)
        .values({ caseId: c.id, number: 1, validFrom: c.openedOn })
        .returning({ id: protectionPlans.id });
      for (const m of caseMeasures.filter((x) => x.caseId === c.id)) {
        await tx
          .insert(measureDetails)
          .values({
            measureId: m.id,
            planId: plan!.id,
            catalogueId: catalogueId.get(`${m.type}|${m.name}`) ?? null,
            status: m.endedOn ? 'ended' : 'active',
          })
          .onConflictDoNothing();
      }
    }
  });
  const assigned = await db
    .select({ caseId: caseAssignments.caseId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.userId, officer.id)));
  return [`Casos de demostración: ${recent.length} con personas ficticias; demo.cdemp atiende ${assigned.length}.`];
}

/** After interchange (order 30): fictional people, risk and plans on recent cases. */
export const casesDemoSeeder: DemoSeeder = { name: 'cases', order: 40, seed: (deps) => seedCasesDemo(deps) };
