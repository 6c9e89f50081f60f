// Downloading a draft: the server makes documents one at a time (a queue), so the page asks for a
// job, shows its place in line and its progress, and downloads the file when it is ready.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../ui/ErrorAlert';

interface Job {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  position: number;
  step: string;
  progress: number;
}

const FORMATS = ['docx', 'xlsx', 'pdf'] as const;
const POLL_MS = 700;

function download(jobId: string) {
  const a = document.createElement('a');
  a.href = `/api/reports/jobs/${jobId}/file`;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function DraftDownloads({ period, audience }: { period: { from: string; to: string }; audience: string }) {
  const { t } = useTranslation('reports');
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const busy = job !== null && (job.state === 'queued' || job.state === 'running');

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(async () => {
      try {
        const next = await api.get<Job>(`/api/reports/jobs/${job.id}`);
        setJob(next);
        if (next.state === 'done') download(next.id);
      } catch (e) {
        setError(e as Error);
        setJob(null);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [busy, job]);

  async function start(format: (typeof FORMATS)[number]) {
    setError(null);
    try {
      setJob(await api.post<Job>('/api/reports/bimonthly/jobs', { ...period, format, audience }));
    } catch (e) {
      setError(e as Error);
    }
  }

  const status = job && (job.state === 'queued' ? t('job.queued', { count: job.position }) : t(`job.${job.step}`));
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">{t('downloadDraft')}</Text>
        {FORMATS.map((f) => (
          <Button key={f} size="compact-sm" variant="light" disabled={busy} onClick={() => void start(f)}>
            {f.toUpperCase()}
          </Button>
        ))}
      </Group>
      {job && job.state !== 'failed' && (
        <Group gap="xs" maw={420}>
          <Progress
            value={Math.round(job.progress * 100)}
            flex={1}
            animated={busy}
            aria-label={t('job.progressLabel')}
          />
          <Text size="sm" role="status" aria-live="polite">
            {status}
          </Text>
        </Group>
      )}
      {job?.state === 'failed' && <Text c="red.8">{t('job.failed')}</Text>}
      <ErrorAlert error={error} />
    </Stack>
  );
}
