import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { resolveExportScope, scopeSubmissionsWhere } from "../access/export-access";

/**
 * What an export of a cohort would hold for the caller, before downloading: the practice answers
 * (every attempt) and the learners who gave them, within the caller's scope (an instructor's
 * classes; the whole cohort for staff). Same access rules as the export itself. Read-only.
 */
export async function countExportScope(actor: TSessionUser, cohortId: string): Promise<{ answers: number; learners: number }> {
  const scope = await resolveExportScope(actor, cohortId, { withIdentities: false });
  const db = await getDb();
  const where = scopeSubmissionsWhere(scope);
  const [answers, learners] = await Promise.all([
    db.exerciseSubmission.count({ where }),
    db.exerciseSubmission.groupBy({ by: ["userId"], where }).then((rows) => rows.length),
  ]);
  return { answers, learners };
}
