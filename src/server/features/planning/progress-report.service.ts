// The quarterly progress report of a plan as a file: the dashboard's figures at a cut, written by
// the report engine (DOCX, XLSX or PDF); every generation is audited as an export.
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { loadInstitution, writeDocument, type DocumentFormat } from '../reports/api.js';
import type { FeatureRegistry } from '../manifest.js';
import * as q from './planning.queries.js';
import { planProgress } from './planning.service.js';
import { progressReportDocument } from './progress-report.document.js';

/** The quarterly progress report of a plan at `asOf` as a file (audited as an export). */
export async function progressReportFile(
  db: Database,
  registry: FeatureRegistry,
  actor: AuditActor,
  planId: string,
  asOf: string,
  format: DocumentFormat,
) {
  const progress = await planProgress(db, registry, planId, asOf);
  const rows = new Map((await q.planIndicatorsOf(db, planId)).map((r) => [r.id, r]));
  const { institution } = await loadInstitution(db);
  const sheets = progress.indicators.map((i) => ({
    code: i.code,
    name: i.name,
    goalText: rows.get(i.id)?.goalText ?? null,
    goalValue: i.goalValue,
    responsible: i.responsible,
    periods: i.periods,
    cumulative: i.cumulative,
  }));
  const file = await writeDocument(progressReportDocument({ plan: progress.plan, asOf, sheets, institution }), format);
  await audit(db, {
    actor,
    action: 'export',
    entity: 'planning_progress_report',
    entityId: planId,
    details: { asOf, format, indicators: sheets.length },
  });
  return { file, fileName: `avance-trimestral-${planId}-${asOf}.${format}` };
}
