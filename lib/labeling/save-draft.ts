import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { assertExerciseAccess } from "./exercise-access";
import { findExerciseSet } from "./load-exercise-sets";

const maxDraftBytes = 100_000;

/** Saves the caller's unsubmitted answers to an item (any shape, bounded in size); only their own draft. */
export async function saveDraft(user: TSessionUser, input: { courseSlug: string; setId: string; itemId: string; answers: unknown }): Promise<void> {
  await assertExerciseAccess(user, input.courseSlug);
  const set = await findExerciseSet(input.courseSlug, input.setId);
  if (!set?.items.some((item) => item.id === input.itemId)) throw new AppError("notFound");
  const json = JSON.stringify(input.answers ?? {});
  if (json.length > maxDraftBytes || typeof input.answers !== "object" || input.answers === null) throw new AppError("invalidInput");
  const db = await getDb();
  const key = { userId: user.id, courseSlug: input.courseSlug, setId: input.setId, itemId: input.itemId };
  await db.exerciseDraft.upsert({
    where: { userId_courseSlug_setId_itemId: key },
    create: { ...key, answers: JSON.parse(json) as Prisma.InputJsonValue },
    update: { answers: JSON.parse(json) as Prisma.InputJsonValue },
  });
}
