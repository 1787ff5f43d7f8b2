import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { checkJsonValue } from "../validation/json-limits";
import { assertExerciseAccess } from "../access/exercise-access";
import { loadExerciseSet } from "./load-exercise-sets";

const maxDraftBytes = 100_000;
/** Real drafts are an object of fields holding scores, flags, texts or small lists: a few levels. */
const draftLimits = { maxDepth: 8, maxNodes: 5_000 } as const;

/**
 * Saves the caller's unsubmitted answers to an item (any shape, bounded in depth, parts and size,
 * text without NUL or lone surrogates: checked before anything else); only their own draft.
 */
export async function saveDraft(user: TSessionUser, input: { courseSlug: string; setId: string; itemId: string; answers: unknown }): Promise<void> {
  if (typeof input.answers !== "object" || input.answers === null || checkJsonValue(input.answers, draftLimits)) throw new AppError("invalidRequest");
  await assertExerciseAccess(user, input.courseSlug);
  const set = await loadExerciseSet(input.courseSlug, input.setId);
  if (!set?.items.some((item) => item.id === input.itemId)) throw new AppError("notFound");
  const json = JSON.stringify(input.answers);
  if (json.length > maxDraftBytes) throw new AppError("invalidRequest");
  const db = await getDb();
  const key = { userId: user.id, courseSlug: input.courseSlug, setId: input.setId, itemId: input.itemId };
  await db.exerciseDraft.upsert({
    where: { userId_courseSlug_setId_itemId: key },
    create: { ...key, answers: JSON.parse(json) as Prisma.InputJsonValue },
    update: { answers: JSON.parse(json) as Prisma.InputJsonValue },
  });
}
