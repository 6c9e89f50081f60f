// Small pieces of the planning pages: traffic light and numbers.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Light } from './types';

const COLOR: Record<Light, string> = { green: 'green.9', yellow: 'yellow.9', red: 'red.9', none: 'gray.7' };

/** The light is written, not only coloured (colour is never the only signal). */
export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation('planning');
  return (
    <Badge color={COLOR[light]} variant="light" data-light={light}>
      {t(`light.${light}`)}
    </Badge>
  );
}

export function fmt(n: number | null | undefined, lang: string, suffix = ''): string {
  if (n === null || n === undefined) return '—';
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n)}${suffix}`;
}
