// Pieces shared by the legal pages: sub-navigation, error display, reminders and the export link.
import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { policies } from '../../../common/features';
import { api, type Query } from '../../api';
import { hasAnyRole, useMe } from '../../auth/session';
import { formatDate } from '../../../common/date-format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { z } from 'zod';
import type * as C from '../../../common/features/legal.contract';
import type * as O from '../../../common/features/legal.opinions.contract';

// The pages' record types, from the shared contracts (types only).
export type ContractRow = z.infer<typeof C.ContractRow>;
export type ContractList = z.infer<typeof C.ContractList>;
export type ContractDetail = z.infer<typeof C.ContractDetail>;
export type LawsuitType = z.infer<typeof C.LawsuitType>;
export type LawsuitRow = z.infer<typeof C.LawsuitRow>;
export type LawsuitList = z.infer<typeof C.LawsuitList>;
export type LawsuitDetail = z.infer<typeof C.LawsuitDetail>;
export type LawsuitReportSchedule = z.infer<typeof C.LawsuitReportSchedule>;
export type GazetteRow = z.infer<typeof C.GazetteRow>;
export type GazetteList = z.infer<typeof C.GazetteList>;
export type Reminders = z.infer<typeof C.Reminders>;
export type OpinionRow = z.infer<typeof O.OpinionRow>;
export type OpinionList = z.infer<typeof O.OpinionList>;
export type OpinionDetail = z.infer<typeof O.OpinionDetail>;
export type Regulation = z.infer<typeof O.Regulation>;
export type RegulationList = z.infer<typeof O.RegulationList>;

const SECTIONS = [
  { to: '/legal', key: 'contracts', end: true },
  { to: '/legal/lawsuits', key: 'lawsuits', end: false },
  { to: '/legal/gazette', key: 'gazette', end: false },
  { to: '/legal/opinions', key: 'opinions', end: false },
  { to: '/legal/regulations', key: 'regulations', end: false },
] as const;

export function SubNav() {
  const { t } = useTranslation('legal');
  return (
    <nav aria-label={t('subnav.label')}>
      <Group gap="md" mb="md">
        {SECTIONS.map((s) => (
          <Anchor
            key={s.to}
            component={NavLink}
            to={s.to}
            end={s.end}
            style={({ isActive }: { isActive: boolean }) => ({
              fontWeight: isActive ? 700 : 400,
              textDecoration: isActive ? 'underline' : 'none',
            })}
          >
            {t(`subnav.${s.key}`)}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}

// The platform's alert: it also lists the server's reasons per field (e.g. "La fecha de término no puede
// ser anterior a la de inicio"), which a bare "Los datos enviados no son válidos." hid.
export { ErrorAlert };

export function useCanWrite(): boolean {
  const me = useMe().data;
  return !!me && hasAnyRole(me.user.roles, policies['legal.write']);
}

/** `01/12/2026`: the one date format of the pages (common/date-format.ts). */
export function formatDay(iso: string | null | undefined, lang: string): string {
  return formatDate(iso, lang);
}

export function money(amount: string | null, lang: string): string {
  if (amount === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'MXN' }).format(Number(amount));
}

/** Link that downloads the list as XLSX with the same filters (the server builds the file). */
export function ExportButton({ path, query }: { path: string; query: Query }) {
  const { t } = useTranslation('legal');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  params.set('format', 'xlsx');
  return (
    <Button component="a" variant="light" href={`${path}?${params.toString()}`} download>
      {t('export')}
    </Button>
  );
}

export function RemindersCard() {
  const { t, i18n } = useTranslation('legal');
  const data = useQuery({
    queryKey: ['legal', 'reminders'],
    queryFn: () => api.get<Reminders>('/api/legal/reminders'),
  });
  const r = data.data;
  if (!r) return <ErrorAlert error={data.error} />;
  const empty = r.contractsEnding.length === 0 && r.deadlines.length === 0 && !r.lawsuitReport;
  return (
    <Card withBorder aria-labelledby="legal-reminders">
      <Stack gap="xs">
        <Title order={2} size="h4" id="legal-reminders">
          {t('reminders.title')}
        </Title>
        {empty && <Text c="dimmed">{t('reminders.none')}</Text>}
        {r.lawsuitReport && (
          <Text fw={600} data-testid="lawsuit-report-reminder">
            {t('reminders.lawsuitReport', {
              from: formatDay(r.lawsuitReport.from, i18n.language),
              to: formatDay(r.lawsuitReport.to, i18n.language),
              due: formatDay(r.lawsuitReport.dueOn, i18n.language),
            })}
          </Text>
        )}
        {r.contractsEnding.length > 0 && (
          <>
            <Text fw={600}>{t('reminders.contractsEnding', { count: r.contractsEnding.length })}</Text>
            <List size="sm">
              {r.contractsEnding.map((c) => (
                <List.Item key={c.id}>
                  {c.number} — {t(`kind.${c.kind}`)} — {formatDay(c.endsOn, i18n.language)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {r.deadlines.length > 0 && (
          <>
            <Text fw={600}>{t('reminders.deadlines', { count: r.deadlines.length })}</Text>
            <List size="sm">
              {r.deadlines.map((d, i) => (
                <List.Item key={`${d.lawsuitId}-${i}`}>
                  <Anchor component={NavLink} to={`/legal/lawsuits/${d.lawsuitId}`}>
                    {d.fileNumber}
                  </Anchor>{' '}
                  — {t(`eventKind.${d.kind}`)}: {d.description} — {formatDay(d.on, i18n.language)}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A file's bytes as base64, for the JSON upload routes. */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
