// Words for the audit trail: actions and kinds of record by their Spanish (or English) label, the
// details as "label: value" lines. Codes without a label (a newer module) are shown as they are.
import type { TFunction } from 'i18next';

export const auditActionLabel = (t: TFunction, code: string) =>
  t(`admin:audit.actions.${code}`, { defaultValue: code });

export const auditEntityLabel = (t: TFunction, code: string) =>
  t(`admin:audit.entities.${code}`, { defaultValue: code });

/** The catalogue's codes with their labels, sorted by label, for the filters. */
export function auditOptions(t: TFunction, group: 'actions' | 'entities') {
  const codes = Object.keys(t(`admin:audit.${group}`, { returnObjects: true }) as Record<string, string>);
  const label = group === 'actions' ? auditActionLabel : auditEntityLabel;
  return codes.map((value) => ({ value, label: label(t, value) })).sort((a, b) => a.label.localeCompare(b.label));
}

function valueText(t: TFunction, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return t(value ? 'admin:audit.yes' : 'admin:audit.no');
  if (Array.isArray(value)) return value.map((v) => valueText(t, v)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${valueText(t, v)}`)
      .join('; ');
  }
  return String(value);
}

/** One line per detail: its label (when the catalogue has one) and its value in words. */
export function detailLines(t: TFunction, details: Record<string, unknown>) {
  return Object.entries(details).map(([key, value]) => ({
    key,
    label: t(`admin:audit.detailKeys.${key}`, { defaultValue: key }),
    value: valueText(t, value),
  }));
}
