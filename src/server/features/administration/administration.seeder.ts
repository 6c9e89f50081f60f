// Demo data of the CAF: monthly submissions of the fourteen deliverables from January 2022 to the
// last month (most delivered before the due day, a few late, in progress or pending in recent
// months), an activity log per bimester (seed 003's nine bullets in Jan–Feb 2024) and procurement
// procedures each year. Fictional and deterministic (a seeded generator).
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { selectDeliverables } from './administration.queries.js';
import {
  administrationActivities,
  administrationProcurements,
  administrationSubmissions,
  type SubmissionStatus,
} from './administration.schema.js';
import { SEED003_ACTIVITIES, SEED003_PROCUREMENT } from './administration.fixtures.js';
import { addMonths, dueDateOf } from './deliverables.logic.js';
import { todayInMexicoCity } from './administration.service.js';

function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ACTIVITY_TEMPLATES: Array<[string, (y: number, ord: string) => string]> = [
  [
    'SAAPS',
    (y, ord) =>
      `Se celebró la ${ord} Sesión Ordinaria del Subcomité de Adquisiciones, Arrendamientos y Prestación de Servicios (SAAPS) del ejercicio ${y}.`,
  ],
  ['Presupuesto', (y) => `Se presentó a la Junta de Gobierno el calendario presupuestal del ejercicio ${y}.`],
  [
    'Capital humano',
    () =>
      'Se dispersó la nómina quincenal del personal de estructura y de honorarios asimilados a salarios conforme al calendario de la Secretaría de Administración y Finanzas.',
  ],
  [
    'Contabilidad',
    (y) =>
      `Se integraron los formatos CONAC del ejercicio ${y} conforme a los artículos 166 y 171 de la Ley de Austeridad.`,
  ],
  [
    'Almacén',
    () => 'Se actualizó el registro de entradas y salidas del almacén y se suministraron materiales a las áreas.',
  ],
  [
    'Adquisiciones',
    (y) =>
      `Se remitió el reporte trimestral del Programa Anual de Adquisiciones, Arrendamientos y Prestación de Servicios (PAAAPS) ${y}.`,
  ],
];
const ORDINALS = ['Primera', 'Segunda', 'Tercera', 'Cuarta', 'Quinta', 'Sexta'];

const OBJECTS = [
  'Servicio de Limpieza para las instalaciones del MPI CDMX',
  'Servicio de vigilancia para las instalaciones del MPI CDMX',
  'Adquisición de material de oficina y consumibles de cómputo',
  'Servicio de mantenimiento preventivo y correctivo del parque vehicular',
  'Arrendamiento de equipo de fotocopiado',
];

export async function seedAdministrationDemo(
  { db }: Pick<AppDeps, 'db'>,
  today = todayInMexicoCity(),
): Promise<string[]> {
  const random = generator(2024);
  const catalogue = await selectDeliverables(db);
  const lastMonth = addMonths(today.slice(0, 7), -1);
  const submissions: Array<typeof administrationSubmissions.$inferInsert> = [];
  for (let m = '2022-01'; m <= lastMonth; m = addMonths(m, 1)) {
    const recent = m >= addMonths(lastMonth, -1);
    for (const d of catalogue) {
      const r = random();
      // The last two months still have work in progress; older months are (almost) all delivered.
      let status: SubmissionStatus = 'delivered';
      if (recent && r < 0.35) status = r < 0.15 ? 'pending' : 'in_progress';
      if (status === 'pending') continue;
      const due = dueDateOf(m, d.dueDay);
      const shift = Math.floor(random() * 9) - (r > 0.97 ? -4 : 6); // mostly before the due day, a few late
      const deliveredOn =
        status === 'delivered'
          ? new Date(Date.parse(`${due}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10)
          : null;
      submissions.push({
        deliverableId: d.id,
        month: m,
        status,
        deliveredOn: deliveredOn && deliveredOn > today ? today : deliveredOn,
      });
    }
  }
  for (let i = 0; i < submissions.length; i += 500) {
    await db
      .insert(administrationSubmissions)
      .values(submissions.slice(i, i + 500))
      .onConflictDoNothing();
  }

  const activities: Array<typeof administrationActivities.$inferInsert> = [];
  for (let m = '2022-01'; m <= lastMonth; m = addMonths(m, 2)) {
    const y = Number(m.slice(0, 4));
    if (m === '2024-01') {
      activities.push(...SEED003_ACTIVITIES.map((a) => ({ ...a, public: true })));
      continue;
    }
    const bimester = (Number(m.slice(5, 7)) - 1) / 2;
    for (const [k, [area, text]] of ACTIVITY_TEMPLATES.entries()) {
      if (random() < 0.4) continue;
      const day = String(5 + k * 4).padStart(2, '0');
      activities.push({ on: `${m}-${day}`, area, text: text(y, ORDINALS[bimester]!), public: area !== 'Almacén' });
    }
  }
  await db.insert(administrationActivities).values(activities);

  const procurements: Array<typeof administrationProcurements.$inferInsert> = [];
  for (let y = 2022; y <= Number(today.slice(0, 4)); y++) {
    OBJECTS.forEach((object, i) => {
      const startedOn = `${y}-${String(2 + i * 2).padStart(2, '0')}-0${(i % 8) + 1}`;
      if (startedOn > today) return;
      if (y === 2024 && i === 0) return procurements.push({ ...SEED003_PROCUREMENT });
      const type = i % 3 === 0 ? 'restricted_invitation' : i % 3 === 1 ? 'public_tender' : 'direct_award';
      procurements.push({
        number: `MPI CDMX/${type === 'restricted_invitation' ? 'IR' : type === 'public_tender' ? 'LP' : 'AD'}/${String(i + 1).padStart(2, '0')}/${y}`,
        type,
        object,
        minimumBidders: type === 'direct_award' ? 1 : 3,
        status: y < Number(today.slice(0, 4)) ? (random() < 0.1 ? 'deserted' : 'awarded') : 'in_progress',
        startedOn,
      });
    });
  }
  await db.insert(administrationProcurements).values(procurements).onConflictDoNothing();
  const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(administrationSubmissions);
  return [
    `Administración: ${n?.n ?? 0} entregas de informes, ${activities.length} actividades, ${procurements.length} procedimientos.`,
  ];
}

export const administrationDemoSeeder: DemoSeeder = {
  name: 'administration',
  order: 60,
  seed: (deps) => seedAdministrationDemo(deps),
};
