import "server-only";
import { getDb } from "../db";
import type { TItemAnswers } from "../labeling/answer-schema";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { computeCalibration } from "./compute-calibration";

/**
 * The caller's own calibration on a course (their practice answers only, read with their own id;
 * qualification answers excluded), plus the set titles for the items to revisit.
 */
export async function readCalibration(userId: string, courseSlug: string) {
  const db = await getDb();
  const sets = await loadExerciseSets(courseSlug);
  const history = await db.exerciseSubmission.findMany({
    where: { userId, courseSlug, attemptId: null },
    orderBy: { createdAt: "asc" },
    select: { setId: true, itemId: true, answers: true, score: true, createdAt: true },
  });
  const calibration = computeCalibration(
    sets,
    history.map((row) => ({ ...row, answers: row.answers as TItemAnswers })),
  );
  const position = (setId: string, itemId: string) => (sets.find((set) => set.id === setId)?.items.findIndex((item) => item.id === itemId) ?? -1) + 1;
  return {
    ...calibration,
    revisit: calibration.revisit.map((entry) => {
      const set = sets.find((candidate) => candidate.id === entry.setId);
      return { ...entry, setTitle: set?.title ?? entry.setId, setTitleEn: set?.titleEn ?? entry.setId, position: position(entry.setId, entry.itemId) };
    }),
  };
}
