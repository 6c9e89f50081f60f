import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common:language.label')}
      value={i18n.language}
      onChange={(v) => setLanguage(v as Language)}
      data={LANGUAGES.map((lang) => ({ value: lang, label: t(`common:language.${lang}`) }))}
    />
  );
}
