import type { Database } from '../../db/client.js';
import { auditLog } from './audit.schema.js';

type Row = typeof auditLog.$inferInsert;

interface Waiting {
  row: Row;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Past this many rows a batch is split (8 parameters per row). */
const MAX_BATCH = 500;

interface Writer {
  waiting: Waiting[];
  writing: boolean;
}

const writers = new WeakMap<Database, Writer>();

/**
 * One writer per database handle: at most one insert in flight; the entries that arrive meanwhile
 * go together in the next one (one statement and one commit for many entries). With one entry
 * alone it is written at once (after the current turn of the event loop), so a quiet server waits
 * no longer than before. The promise resolves once the entry is committed.
 */
export function writeSoon(db: Database, row: Row): Promise<void> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = { waiting: [], writing: false }));
  const w = writer;
  return new Promise<void>((resolve, reject) => {
    w.waiting.push({ row, resolve, reject });
    if (!w.writing) {
      w.writing = true;
      setImmediate(() => void drain(db, w));
    }
  });
}

async function drain(db: Database, w: Writer): Promise<void> {
  while (w.waiting.length > 0) {
    const batch = w.waiting.splice(0, MAX_BATCH);
    try {
      await db.insert(auditLog).values(batch.map((b) => b.row));
      for (const b of batch) b.resolve();
    } catch {
      // One bad entry must not fail the others: each is tried alone, and only a failing one fails.
      await Promise.all(batch.map((b) => db.insert(auditLog).values(b.row).then(b.resolve, b.reject)));
    }
  }
  w.writing = false;
}
