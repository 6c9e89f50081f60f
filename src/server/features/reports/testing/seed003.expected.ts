// The numbers of seed 003 (Informe bimestral enero-febrero 2024), typed by hand from the seed's
// Cuadros 3, 4, 5, 6 and 11 — independent of any fixture or of the code under test.
import type { BimonthlyReport, Group, Row } from '../report.contract.js';

const g = (woman: number, man: number, lgbttti: number, collective: number): Group => ({
  woman,
  man,
  lgbttti,
  collective,
  cases: woman + man + lgbttti + collective,
});
const row = (defender: Group, journalist: Group): Row => ({
  defender,
  journalist,
  total: defender.cases + journalist.cases,
});
const y = (year: number, defender: Group, journalist: Group) => ({
  year,
  defender,
  journalist,
  total: defender.cases + journalist.cases,
});
const zero12 = () => Array.from({ length: 12 }, () => 0);

export const SEED003_REPORT: BimonthlyReport = {
  period: { from: '2024-01-01', to: '2024-02-29' },
  casesByType: {
    rows: {
      incorporation: row(g(0, 0, 0, 0), g(0, 0, 0, 0)),
      incorporationFollowUp: row(g(1, 0, 0, 2), g(0, 1, 0, 0)),
      attention: row(g(2, 2, 0, 0), g(1, 0, 0, 0)),
      attentionFollowUp: row(g(4, 1, 2, 3), g(0, 3, 0, 0)),
      federalCollaboration: row(g(2, 0, 0, 0), g(0, 1, 0, 0)),
      federalCollaborationFollowUp: row(g(8, 0, 0, 5), g(3, 9, 0, 3)),
    },
    total: row(g(17, 3, 2, 10), g(4, 14, 0, 3)),
  },
  incorporationsByMonth: {
    year: 2024,
    byProcedure: { ordinary: zero12(), extraordinary: zero12() },
    byProfile: { journalist: zero12(), defender: zero12() },
    total: 0,
  },
  incorporationsByYear: {
    rows: [
      y(2016, g(0, 0, 0, 1), g(0, 2, 0, 0)),
      y(2017, g(2, 3, 0, 3), g(1, 0, 0, 4)),
      y(2018, g(2, 2, 0, 6), g(0, 5, 0, 1)),
      y(2019, g(12, 2, 1, 2), g(3, 2, 0, 1)),
      y(2020, g(7, 2, 0, 3), g(1, 0, 0, 0)),
      y(2021, g(2, 0, 0, 1), g(2, 2, 0, 0)),
      y(2022, g(3, 1, 0, 3), g(1, 1, 0, 0)),
      y(2023, g(0, 1, 1, 0), g(0, 1, 0, 0)),
      y(2024, g(0, 0, 0, 0), g(0, 0, 0, 0)),
    ],
    total: row(g(28, 11, 2, 19), g(8, 13, 0, 6)),
  },
  measures: {
    rows: [
      {
        type: 'preventive',
        name: 'Canalización a otras instancias del Gobierno de la Ciudad de México',
        measures: 6,
        actions: 6,
      },
      { type: 'preventive', name: 'Monitoreo telefónico', measures: 35, actions: 53 },
      {
        type: 'preventive',
        name: 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias',
        measures: 21,
        actions: 30,
      },
      { type: 'preventive', name: 'Taller de elaboración de protocolos de seguridad', measures: 1, actions: 3 },
      { type: 'protection', name: 'Habilitación de cámaras de seguridad y servicio técnico', measures: 1, actions: 1 },
      { type: 'protection', name: 'Números de emergencia', measures: 21, actions: 1890 },
      {
        type: 'protection',
        name: 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias',
        measures: 17,
        actions: 27,
      },
      { type: 'protection', name: 'Rondines bitacorados (Código águila)', measures: 5, actions: 450 },
      { type: 'protection', name: 'Rondines no bitacorados (Código sonoro)', measures: 6, actions: 363 },
      { type: 'protection', name: 'Seguimiento a carpeta de investigación', measures: 3, actions: 3 },
      { type: 'social', name: 'Apoyo de canasta alimentaria y no alimentaria', measures: 1, actions: 90 },
      { type: 'social', name: 'Atención psicológica', measures: 6, actions: 30 },
      {
        type: 'social',
        name: 'Otras que se requieran para salvaguardar la vida integridad y libertad de las personas beneficiarias',
        measures: 4,
        actions: 271,
      },
    ],
    byType: {
      preventive: { measures: 63, actions: 92 },
      protection: { measures: 53, actions: 2734 },
      urgent_protection: { measures: 0, actions: 0 },
      social: { measures: 11, actions: 391 },
    },
    total: { measures: 127, actions: 3217 },
  },
  informationRequests: {
    rows: [
      { month: '2024-01', received: 8, public: 8, arco: 0, admissible: 6, inadmissible: 2 },
      { month: '2024-02', received: 6, public: 6, arco: 0, admissible: 4, inadmissible: 2 },
    ],
    total: { received: 14, public: 14, arco: 0, admissible: 10, inadmissible: 4 },
  },
};
