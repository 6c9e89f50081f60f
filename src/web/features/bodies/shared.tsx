// Pieces shared by the bodies pages: types of the API answers, dates, errors.
import { Alert } from '@mantine/core';

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

export function formatDay(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function ErrorAlert({ error }: { error: Error | null }) {
  return error ? (
    <Alert color="red" role="alert">
      {error.message}
    </Alert>
  ) : null;
}
