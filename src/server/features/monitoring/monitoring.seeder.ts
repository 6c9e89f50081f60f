// Demo data of the monitoring of aggressions: fictional findings over the last years spread over
// the 16 alcaldías (more in the central ones, as in the press), some outside the city, sources
// from fictional outlets (half of the findings verified), a few linked to demo cases, and the
// Base MPI CDMX at a few yearly mobilisations. Deterministic (seeded generator), never real names.
import { count, desc } from 'drizzle-orm';
import {
  AGGRESSION_TYPES,
  ALCALDIA_KEYS,
  FORMS,
  PHASES,
  PERPETRATORS,
  type Place,
} from '../../../common/features/monitoring.js';
import type { AppDeps } from '../../platform/deps.js';
import { cases } from '../../records/records.schema.js';
import type { DemoSeeder } from '../manifest.js';
import {
  monitoringActivations,
  monitoringFindings,
  monitoringMobilizations,
  monitoringSources,
} from './monitoring.schema.js';

function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OUTLETS = [
  'Diario Capital (ficticio)',
  'Noticias del Valle (ficticio)',
  'Radio Ciudadana (ficticia)',
  'Red social X',
  'Portal Independiente (ficticio)',
];
// Central alcaldías weigh more: findings follow where the press and the protests are.
const WEIGHTS: Partial<Record<Place, number>> = {
  '09015': 6,
  '09007': 4,
  '09005': 3,
  '09014': 3,
  '09003': 2,
  '09016': 2,
};
const SUMMARIES = [
  'Persona periodista ficticia recibe amenazas por mensajes tras publicar una investigación',
  'Defensora ficticia del territorio es hostigada por desconocidos frente a su domicilio',
  'Reportero ficticio es agredido físicamente mientras cubría un desalojo',
  'Colectivo ficticio denuncia vigilancia y fotografías de sus integrantes en una reunión',
  'Campaña de desprestigio en redes contra una comunicadora ficticia',
  'Robo de equipo a un fotoperiodista ficticio durante una manifestación',
];
const MOBILIZATIONS = [
  ['03-08', 'Marcha del Día Internacional de la Mujer', ['09015', '09014']],
  ['06-28', 'Marcha del Orgullo LGBTTTI', ['09015', '09016']],
  ['10-02', 'Marcha conmemorativa del 2 de octubre', ['09015', '09005']],
] as const;

export async function seedMonitoringDemo({ db, crypto }: Pick<AppDeps, 'db' | 'crypto'>, years = 4): Promise<string[]> {
  const [existing] = await db.select({ n: count() }).from(monitoringFindings);
  if ((existing?.n ?? 0) > 0) return [];
  const rnd = generator(20240101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const places: Place[] = [];
  for (const k of ALCALDIA_KEYS) for (let i = 0; i < (WEIGHTS[k] ?? 1); i++) places.push(k);
  places.push('outside', 'outside', 'unknown');
  const recentCases = await db.select({ id: cases.id }).from(cases).orderBy(desc(cases.openedOn)).limit(6);
  const thisYear = new Date().getUTCFullYear();
  let findings = 0;
  let activations = 0;
  await db.transaction(async (tx) => {
    for (let year = thisYear - years + 1; year <= thisYear; year++) {
      // Base activations at the yearly mobilisations already past.
      const activationIds: string[] = [];
      let seq = 0;
      for (const [md, cause, alcaldias] of MOBILIZATIONS) {
        const on = `${year}-${md}`;
        if (new Date(`${on}T12:00:00Z`) > new Date()) continue;
        const [mob] = await tx
          .insert(monitoringMobilizations)
          .values({ on, cause, alcaldias: [...alcaldias] })
          .returning({ id: monitoringMobilizations.id });
        for (const phase of PHASES) {
          const [a] = await tx
            .insert(monitoringActivations)
            .values({
              code: `BASE-${year}-${String(++seq).padStart(3, '0')}`,
              mobilizationId: mob!.id,
              on,
              phase,
              staffOnDuty: 3 + Math.floor(rnd() * 6),
            })
            .returning({ id: monitoringActivations.id });
          activationIds.push(a!.id);
          activations++;
        }
      }
      let n = 0;
      for (let month = 1; month <= 12; month++) {
        const perMonth = 2 + Math.floor(rnd() * 5);
        for (let i = 0; i < perMonth; i++) {
          const day = 1 + Math.floor(rnd() * 28);
          const detectedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (new Date(`${detectedOn}T12:00:00Z`) > new Date()) continue;
          const forms = FORMS.filter(() => rnd() < 0.45);
          if (forms.length === 0) forms.push(pick(FORMS));
          const protest = activationIds.length > 0 && rnd() < 0.1;
          const [f] = await tx
            .insert(monitoringFindings)
            .values({
              code: `HZ-${year}-${String(++n).padStart(4, '0')}`,
              detectedOn,
              factsOn: detectedOn,
              situation: rnd() < 0.03 ? 'killed' : rnd() < 0.4 ? 'at_risk' : 'attacked',
              forms,
              types: [...new Set([pick(AGGRESSION_TYPES), pick(AGGRESSION_TYPES)])],
              perpetrator: pick(PERPETRATORS),
              profile: rnd() < 0.55 ? 'journalist' : 'defender',
              identity: pick(['woman', 'woman', 'man', 'man', 'lgbttti', 'collective'] as const),
              alcaldia: pick(places),
              protest,
              activationId: protest ? pick(activationIds) : null,
              summary: crypto.encrypt(pick(SUMMARIES)),
              people: crypto.encrypt('Persona ficticia de demostración'),
              caseId: recentCases.length > 0 && rnd() < 0.04 ? pick(recentCases).id : null,
            })
            .returning({ id: monitoringFindings.id });
          const sources = rnd() < 0.5 ? 2 : 1;
          const outlets = [...OUTLETS].sort(() => rnd() - 0.5).slice(0, sources);
          await tx.insert(monitoringSources).values(
            outlets.map((outlet) => ({
              findingId: f!.id,
              kind: outlet.startsWith('Red social') ? ('social_network' as const) : ('media' as const),
              outlet,
              url: `https://ejemplo.invalid/${year}/${n}`,
              capturedAt: new Date(`${detectedOn}T18:00:00Z`),
            })),
          );
          findings++;
        }
      }
    }
  });
  return [`Monitoreo: ${findings} hallazgos ficticios y ${activations} activaciones de la Base MPI CDMX.`];
}

/** After the cases (order 40) so a few findings can link to demo cases. */
export const monitoringDemoSeeder: DemoSeeder = {
  name: 'monitoring',
  order: 60,
  seed: (deps) => seedMonitoringDemo(deps),
};
