// Pieces shared by the bodies pages: types of the API answers and dates (errors: src/web/ui/ErrorAlert).
import { formatDate } from '../../../common/date-format';

export interface SessionRow {
  id: string;
  type: 'ordinary' | 'extraordinary';
  ordinal: number;
  ordinalWord: string;
  year: number;
  status: 'planned' | 'held' | 'cancelled';
  plannedOn: string | null;
  heldOn: string | null;
  place: string | null;
  agendaItems: number;
  agreements: number;
}

export interface Member {
  id: string;
  name: string;
  post: string | null;
  institution: string | null;
  role: string;
  fromOn: string;
  toOn: string | null;
}

export interface Agreement {
  id: string;
  sessionId: string;
  bodyCode: string;
  label: string;
  text: string;
  responsible: string | null;
  dueOn: string | null;
  status: 'pending' | 'in_progress' | 'done';
  overdue: boolean;
  version: number;
  notes: { id: string; on: string; note: string }[];
}

export interface BodySummary {
  code: string;
  name: string;
  legalBasis: string;
  presidingRole: string;
  confidentialityAgreement: boolean;
  yearlyTarget: number | null;
  restrictedAgenda: boolean;
  canWrite: boolean;
  sessionsThisYear: { ordinary: number; extraordinary: number };
  openAgreements: number;
  overdueAgreements: number;
  nextSession: { id: string; type: 'ordinary' | 'extraordinary'; ordinal: number; on: string } | null;
}

/** `01/12/2026`: the one date format of the pages (common/date-format.ts). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  return formatDate(iso, lang);
}
