// Demo data for the transparency unit: fictional requests at every stage relative to today,
// a demo calendar, a few obligations and the courses of the 2024 work plan (seed 000 §1).
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { users } from '../../platform/auth/auth.schema.js';
import type { Actor } from '../../platform/auth/session.js';
import { addCalendarDays, expandRange } from './calendar.js';
import { loadEngine } from './engine.service.js';
import { registerRequest, transition } from './requests.service.js';
import {
  transparencyCourses,
  transparencyNonWorkingDays,
  transparencyObligations,
  transparencyStaff,
} from './transparency.schema.js';

const COURSES = [
  {
    title:
      'Introducción a la Ley de Transparencia, Acceso a la Información Pública y Rendición de Cuentas de la Ciudad de México',
    kind: 'introductory',
    required: true,
  },
  {
    title:
      'Introducción a la Ley de Protección de Datos Personales en Posesión de Sujetos Obligados de la Ciudad de México',
    kind: 'introductory',
    required: true,
  },
  { title: 'Ley General de Archivos', kind: 'introductory', required: false },
  {
    title:
      'Fundamentos del Derecho de Acceso a la Información Pública y Protección de Datos Personales de la Ciudad de México',
    kind: 'specialised',
    required: false,
  },
  { title: 'Taller de Solicitudes de Información y Recursos de Revisión', kind: 'specialised', required: false },
  { title: 'Taller Clasificación de la Información y Versiones Públicas', kind: 'specialised', required: false },
  { title: 'Taller Prueba de Daño', kind: 'specialised', required: false },
] as const;

export const transparencyDemoSeeder: DemoSeeder = {
  name: 'transparency',
  order: 20,
  async seed(deps: AppDeps) {
    const { db } = deps;
    await db
      .insert(transparencyCourses)
      .values([...COURSES])
      .onConflictDoNothing();
    await db.insert(transparencyStaff).values([
      { name: 'Persona Demo Uno (ficticia)', area: 'Unidad de Transparencia', committeeMember: true },
      { name: 'Persona Demo Dos (ficticia)', area: 'Coordinación de Administración y Finanzas' },
      { name: 'Persona Demo Tres (ficticia)', area: 'Coordinación de Asuntos Jurídicos', committeeMember: true },
    ]);
    await db
      .insert(transparencyObligations)
      .values([
        {
          fraction: 'DEMO-I',
          title: 'Marco normativo (demostración)',
          responsibleArea: 'Coordinación de Asuntos Jurídicos',
          periodicity: 'quarterly',
        },
        {
          fraction: 'DEMO-II',
          title: 'Estructura orgánica (demostración)',
          responsibleArea: 'Coordinación de Administración y Finanzas',
          periodicity: 'quarterly',
        },
        {
          fraction: 'DEMO-III',
          title: 'Indicadores (demostración)',
          responsibleArea: 'Dirección General',
          periodicity: 'half_yearly',
        },
      ])
      .onConflictDoNothing();
    const engine = await loadEngine(db);
    const year = Number(engine.today.slice(0, 4));
    const days = [
      ...expandRange(`${year}-07-20`, `${year}-07-31`),
      ...expandRange(`${year}-12-22`, `${year + 1}-01-06`),
    ];
    await db
      .insert(transparencyNonWorkingDays)
      .values(
        days.map((day) => ({ day, description: 'Periodo vacacional (demostración)', source: 'Datos de demostración' })),
      )
      .onConflictDoNothing();

    const [user] = await db.select().from(users).where(eq(users.username, 'demo.transparency'));
    if (!user) return [];
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: ['transparency'],
      sessionId: 'demo',
      secondFactorVerified: true,
      csrfToken: 'demo',
    };
    const ctx = { db, crypto: deps.crypto, actor, ip: 'demo' };
    const fresh = await loadEngine(db); // with the demo calendar
    const ago = (n: number) => addCalendarDays(fresh.today, -n);
    const reg = (folio: string, n: number, extra: Partial<Parameters<typeof registerRequest>[2]> = {}) =>
      registerRequest(ctx, fresh, {
        folio,
        receivedOn: ago(n),
        kind: 'public',
        channel: 'platform',
        subject: 'Solicitud de demostración',
        ...extra,
      });
    const year2 = String(year).slice(2);
    await reg(`DEMO-${year2}-0001`, 2, { subject: 'Presupuesto ejercido en el año (demostración)' });
    const b = await reg(`DEMO-${year2}-0002`, 12, { subject: 'Número de medidas vigentes (demostración)' });
    await transition(ctx, fresh, b.id, {
      action: 'turn_to_area',
      on: ago(11),
      version: 1,
      areas: ['Coordinación de Medidas de Protección'],
    });
    const c = await reg(`DEMO-${year2}-0003`, 26, {
      subject: 'Contratos de servicios (demostración)',
      channel: 'email',
    });
    await transition(ctx, fresh, c.id, {
      action: 'turn_to_area',
      on: ago(25),
      version: 1,
      areas: ['Coordinación de Administración y Finanzas'],
    });
    const d = await reg(`DEMO-${year2}-0004`, 5, {
      kind: 'arco',
      arcoRight: 'access',
      subject: 'Acceso a datos propios (demostración)',
      requesterName: 'Persona Solicitante Ficticia',
    });
    await transition(ctx, fresh, d.id, {
      action: 'request_clarification',
      on: ago(4),
      version: 1,
      note: 'Se pide precisar el periodo.',
    });
    const e = await reg(`DEMO-${year2}-0005`, 40, { subject: 'Informes del Comité (demostración)' });
    await transition(ctx, fresh, e.id, { action: 'answer', on: ago(30), version: 1 });
    const f = await reg(`DEMO-${year2}-0006`, 35, { subject: 'Trámites de otra dependencia (demostración)' });
    await transition(ctx, fresh, f.id, {
      action: 'refer',
      on: ago(34),
      version: 1,
      referralKind: 'orientation',
      referredTo: 'Sujeto obligado competente (demostración)',
    });
    return [];
  },
};
