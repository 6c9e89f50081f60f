/**
 * Sizes of the generated datasets. S is the real mechanism (MPI CDMX, seed 003): about 90
 * incorporations since 2016, dozens of attentions and federal collaborations, a few hundred
 * measures with daily actions, some hundred information requests. M is ten times S. L is a
 * national mechanism: 50,000 cases, 500,000 measures, 5,000,000 action entries, 200,000 requests,
 * 20 years.
 */
export interface Scale {
  name: 'S' | 'M' | 'L';
  years: number;
  incorporations: number;
  attentions: number;
  federalCollaborations: number;
  measures: number;
  /** Mean action entries per measure (entries are spread over the measure's active days). */
  entriesPerMeasure: number;
  requests: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  S: {
    name: 'S',
    years: 10,
    incorporations: 90,
    attentions: 70,
    federalCollaborations: 60,
    measures: 400,
    entriesPerMeasure: 25,
    requests: 300,
  },
  M: {
    name: 'M',
    years: 10,
    incorporations: 900,
    attentions: 700,
    federalCollaborations: 600,
    measures: 4000,
    entriesPerMeasure: 25,
    requests: 3000,
  },
  L: {
    name: 'L',
    years: 20,
    incorporations: 20_000,
    attentions: 17_000,
    federalCollaborations: 13_000,
    measures: 500_000,
    entriesPerMeasure: 10,
    requests: 200_000,
  },
};
