import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb, getRowReader } from "../db";
import type { TExerciseSet } from "../labeling/exercise-schema";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { resolveExportScope, scopeSubmissionsWhere, type TExportScope } from "../access/export-access";
import { exportAuditAction, exportContentType, exportFileName, type TExportKind } from "./export-kinds";
import { indexItems, parseItemAnswers, type TAttemptedSubmission } from "./export-row";
import { defaultExportPageSize, pageSubmissions } from "./page-submissions";
import { preferencePairs } from "./preference-pairs";
import { learnerPseudonym } from "./pseudonym";
import { rawLabelLine } from "./raw-label-row";
import { dimensionColumns, scoresCsvHeader, scoresCsvRow } from "./scores-csv";
import { sftRecords } from "./sft-records";
import { Utf8Chunks } from "./utf8-chunks";
import { log } from "../log/logger";

export type TOpenedExport = {
  kind: TExportKind;
  fileName: string;
  contentType: string;
  /** The file as UTF-8 bytes, in chunks of about 64 KB; read lazily, a page of submissions at a time. */
  chunks: AsyncGenerator<Uint8Array>;
};

/**
 * Opens a cohort's labels as a streamed file. Before anything is read: checks the caller
 * (`resolveExportScope`: instructors their classes' learners, staff and admins all; identities for
 * staff only) and records the export in the audit log (`export.<kind>` on the Cohort, with the kind,
 * whether identities were included, the learners in scope ("all" for staff, else how many) and the
 * number of submissions in scope — recorded
 * at the start, because a stream may be abandoned half-way and the row count is only known at the end).
 * Then `chunks` pages through the submissions (constant memory, see pageSubmissions) and yields:
 * Practice answers only (a qualification test's answers are an assessment, not labels).
 * - raw.jsonl: every attempt, one JSON object per line, with `attempt` and `latest`, submission and review times;
 * - preference-pairs.jsonl: `{prompt, chosen, rejected}` from each learner's latest answer;
 * - sft.jsonl: `{messages}` from each learner's latest ACCEPTED rewrite of an item;
 * - scores.csv: each learner's latest answer per item (the score that counts), BOM + header first.
 */
export async function openExport(
  actor: TSessionUser,
  input: { cohortId: string; kind: TExportKind; withIdentities: boolean },
  options: { pageSize?: number; now?: Date } = {},
): Promise<TOpenedExport> {
  const scope = await resolveExportScope(actor, input.cohortId, { withIdentities: input.withIdentities });
  const db = await getDb();
  const submissions = await db.exerciseSubmission.count({ where: scopeSubmissionsWhere(scope) });
  await recordAudit(db, {
    actorId: actor.id,
    action: exportAuditAction(input.kind),
    entityType: "Cohort",
    entityId: scope.cohort.id,
    after: { kind: input.kind, withIdentities: scope.withIdentities, learners: scope.allLearners ? "all" : scope.learnerIds.length, submissions },
  });
  const sets = await loadExerciseSets(scope.cohort.courseSlug);
  return {
    kind: input.kind,
    fileName: exportFileName(scope.cohort.number, input.kind, options.now ?? new Date()),
    contentType: exportContentType(input.kind),
    chunks: exportChunks(scope, input.kind, sets, options.pageSize ?? defaultExportPageSize),
  };
}

async function* exportChunks(scope: TExportScope, kind: TExportKind, sets: readonly TExerciseSet[], pageSize: number): AsyncGenerator<Uint8Array> {
  const readRows = await getRowReader();
  const lookupInSets = indexItems(sets);
  const find = (row: TAttemptedSubmission) => (row.courseSlug === scope.cohort.courseSlug ? lookupInSets(row.setId, row.itemId) : null);
  const pseudonyms = new Map<string, string>();
  const pseudonymOf = (userId: string) => {
    let pseudonym = pseudonyms.get(userId);
    if (!pseudonym) pseudonyms.set(userId, (pseudonym = learnerPseudonym(scope.cohort.id, userId)));
    return pseudonym;
  };
  const withIdentities = scope.withIdentities;
  const out = new Utf8Chunks();
  const pages = (extra: { acceptedOnly?: boolean; setIds?: string[] } = {}) =>
    pageSubmissions(readRows, { cohortId: scope.cohort.id, learnerIds: scope.learnerIds, allLearners: scope.allLearners, withIdentities, pageSize, ...extra });

  if (kind === "raw.jsonl") {
    for await (const page of pages()) {
      for (const row of page)
        out.write(rawLabelLine(row, { cohortNumber: scope.cohort.number, pseudonym: pseudonymOf(row.userId), withIdentities, found: find(row) }));
      yield* out.take();
    }
  } else if (kind === "preference-pairs.jsonl") {
    const setIds = sets
      .filter((set) => set.items.some((item) => item.tasks.some((task) => task.type === "preference" || task.type === "ranking")))
      .map((set) => set.id);
    for await (const page of pages({ setIds })) {
      for (const row of page) {
        const found = row.latest ? find(row) : null;
        if (found) for (const pair of preferencePairs(found.item, parseItemAnswers(row.answersJson))) out.write(`${JSON.stringify(pair)}\n`);
      }
      yield* out.take();
    }
  } else if (kind === "sft.jsonl") {
    for await (const page of pages({ acceptedOnly: true })) {
      for (const row of page) {
        const found = row.latest ? find(row) : null;
        if (found) for (const record of sftRecords(found.item, parseItemAnswers(row.answersJson))) out.write(`${JSON.stringify(record)}\n`);
      }
      yield* out.take();
    }
  } else {
    const columns = dimensionColumns(sets);
    out.write(scoresCsvHeader(columns, withIdentities));
    yield* out.take();
    for await (const page of pages()) {
      for (const row of page) {
        if (!row.latest) continue;
        const input = {
          pseudonym: pseudonymOf(row.userId),
          identity: row.identity,
          setId: row.setId,
          itemId: row.itemId,
          attempt: row.attempt,
          submittedAt: row.submittedAt,
          guidelineVersion: row.guidelineVersion,
          score: row.score,
          review: row.verdict,
          item: find(row)?.item ?? null,
          answers: parseItemAnswers(row.answersJson),
        };
        out.write(scoresCsvRow(input, columns, withIdentities));
      }
      yield* out.take();
    }
  }
}

/** The chunks as a byte stream for a Response body: pulled on demand (backpressure), cancelling stops the reads. */
export function toByteStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        log().error({ err: error }, "export stream failed");
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
