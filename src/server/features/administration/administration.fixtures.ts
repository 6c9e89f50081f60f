// The nine activity-log bullets of seed 003 §6 (L477–485), as printed, with a date in the bimester
// (the seed dates only the fifth: 29 February 2024) and an area. Used by the seed 003 test and the demo.
export const SEED003_ACTIVITIES: ReadonlyArray<{ on: string; area: string; text: string }> = [
  {
    on: '2024-01-25',
    area: 'SAAPS',
    text: 'En la Primera Sesión Ordinaria del Subcomité de Adquisiciones, Arrendamientos y Prestación de Servicios (SAAPS), se instaló formalmente los trabajos del SAAPS para el ejercicio Fiscal 2024',
  },
  {
    on: '2024-01-31',
    area: 'Capital humano',
    text: 'Se formalizaron los contratos de servicios profesionales, bajo el régimen de Honorarios Asimilados a Sueldos y de Prestadores de Servicios Profesionales, que estarán vigentes para el año 2024, conforme a los periodos definidos en dichos contratos.',
  },
  {
    on: '2024-02-05',
    area: 'Adquisiciones',
    text: 'Se llevó a cabo la Invitación Restringida, conforme a los criterios normativos, a efecto de que participaran cuando menos tres proveedores relativo al Servicio de Limpieza para las instalaciones del MPI CDMX, número MPI CDMX/IR/01/2024.',
  },
  { on: '2024-02-12', area: 'Auditoría', text: 'Se inició la Auditoría 2024, con un Despacho Externo de Contadores.' },
  {
    on: '2024-02-29',
    area: 'Informes',
    text: 'El 29 de febrero de 2024, se completó la entrega de la primera fase del Informe de Gestión Estatutario de la Administración Pública de la Ciudad de México para el período 2018-2024.',
  },
  {
    on: '2024-02-29',
    area: 'Auditoría',
    text: 'Actualmente se está trabajando en el proceso de Auditoría 2024 en colaboración con el Despacho Externo de Contadores.',
  },
  {
    on: '2024-02-29',
    area: 'Contabilidad',
    text: 'Se concluyó la provisión de información en el Sistema Electrónico de Verificación y Auditoría Contable (SEVAC).',
  },
  {
    on: '2024-02-29',
    area: 'Normatividad',
    text: 'Se difundió la actualización del Manual del Subcomité de Adquisiciones, Arrendamientos y Prestación de Servicios del MPI CDMX.',
  },
  {
    on: '2024-02-29',
    area: 'Informes',
    text: 'Se llevó a cabo el reporte de información concerniente al Programa Integral para Prevenir, Atender, Sancionar y Erradicar la Violencia de Género contra las Mujeres correspondiente al Ejercicio 2023.',
  },
];

/** Seed 003 bullet 3 as a procurement record. */
export const SEED003_PROCUREMENT = {
  number: 'MPI CDMX/IR/01/2024',
  type: 'restricted_invitation' as const,
  object: 'Servicio de Limpieza para las instalaciones del MPI CDMX',
  minimumBidders: 3,
  status: 'awarded' as const,
  startedOn: '2024-02-05',
};
