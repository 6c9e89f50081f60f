export const KINDS = ['self_protection_workshop', 'training'] as const;
export const FORMATS = ['taller', 'seminario', 'curso', 'foro', 'platica', 'conversatorio'] as const;
export const MODALITIES = ['virtual', 'in_person', 'hybrid'] as const;
export const STATUSES = ['call', 'registration', 'confirmation', 'delivery', 'final_report'] as const;
export const LIAISON_KINDS = ['event', 'meeting', 'community', 'international'] as const;
export const LEVELS = [
  'gobierno_cdmx',
  'federal',
  'estatal',
  'alcaldia',
  'autonomo',
  'osc',
  'academica',
  'internacional',
  'privada',
] as const;

export interface Participants {
  woman: number;
  man: number;
  lgbttti: number;
  preferNotToSay: number;
}
export interface Photo {
  id: string;
  caption: string;
  mime: string;
  size: number;
  sha256: string;
}
export interface Activity {
  id: string;
  code: string;
  kind: (typeof KINDS)[number];
  format: (typeof FORMATS)[number];
  modality: (typeof MODALITIES)[number];
  title: string;
  objective: string;
  partner: string | null;
  thematicLine: number | null;
  audiences: string[];
  status: (typeof STATUSES)[number];
  targetLabel: string | null;
  forOfficials: boolean;
  measureId?: string | null;
  participants: Participants;
  /** People on the registration list (the counts are derived from it when above 0). */
  registered: number;
  sessions: Array<{ id: string; on: string; hours: number }>;
  photos: Photo[];
  version: number;
}
export interface ActivitySummary {
  id: string;
  code: string;
  kind: Activity['kind'];
  format: Activity['format'];
  modality: Activity['modality'];
  title: string;
  status: Activity['status'];
  thematicLine: number | null;
  firstOn: string | null;
  lastOn: string | null;
  sessions: number;
  participants: number;
}
export interface Liaison {
  id: string;
  code: string;
  kind: (typeof LIAISON_KINDS)[number];
  on: string;
  institution: string;
  title: string;
  international: boolean;
  description: string | null;
  agreementId: string | null;
  version: number;
}
export interface Agreement {
  id: string;
  code: string;
  counterpart: string;
  kind: string | null;
  international: boolean;
  signedOn: string | null;
  endsOn: string | null;
  object: string;
  commitments: Array<{
    id: string;
    text: string;
    plannedActions: number;
    dueOn: string | null;
    actions: number;
    behind: boolean;
  }>;
  actions: Array<{ id: string; on: string; description: string; commitmentId: string | null }>;
  behind: boolean;
  version: number;
}
export interface Institution {
  id: string;
  name: string;
  acronym: string | null;
  level: (typeof LEVELS)[number] | null;
}
