/** What the picker needs to know about a class of a cohort. */
export type ClassLoad = { id: string; code: string; capacity: number; enrolled: number };

/**
 * Picks the class a new learner should join: among classes with room (enrolled < capacity),
 * the one with the fewest enrolled; ties go to the smaller code ("A" before "B", compared by
 * code units, then by id so the result never depends on input order). Returns its id, or
 * null when every class is full (or there are none). Never returns a full class.
 */
export function pickClassForNewLearner(classes: readonly ClassLoad[]): string | null {
  let best: ClassLoad | null = null;
  for (const candidate of classes) {
    if (!(candidate.enrolled < candidate.capacity)) continue;
    if (best === null || compareClasses(candidate, best) < 0) best = candidate;
  }
  return best?.id ?? null;
}

function compareClasses(a: ClassLoad, b: ClassLoad): number {
  if (a.enrolled !== b.enrolled) return a.enrolled - b.enrolled;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
