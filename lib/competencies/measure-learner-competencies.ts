import type { TExerciseSet } from "../labeling/exercise-schema";
import type { TCompetency } from "../content/competency-standard";

/**
 * The bar for "met": at least `minItems` different items answered in practice sets tagged with the
 * competency, with a mean score (latest answer per item, 0…1 as graded) of at least `minAccuracy`.
 * Practised = at least one such item answered.
 */
export const competencyBar = { minItems: 5, minAccuracy: 0.7 } as const;

export type TLearnerCompetency = TCompetency & { items: number; accuracy: number | null; practised: boolean; met: boolean };

/**
 * A learner's standing per competency from their practice answers (`answers`: every practice
 * submission, any order; the latest per item counts). An item counts for each competency its set
 * declares; answers to items or sets no longer in the course are ignored. Pure.
 */
export function measureLearnerCompetencies(
  competencies: readonly TCompetency[],
  sets: readonly TExerciseSet[],
  answers: readonly { setId: string; itemId: string; score: number; createdAt: Date }[],
): TLearnerCompetency[] {
  const latest = new Map<string, { score: number; createdAt: Date }>();
  for (const answer of answers) {
    const set = sets.find((candidate) => candidate.id === answer.setId);
    if (!set || !set.items.some((item) => item.id === answer.itemId)) continue;
    const key = `${answer.setId}/${answer.itemId}`;
    const seen = latest.get(key);
    if (!seen || seen.createdAt < answer.createdAt) latest.set(key, { score: answer.score, createdAt: answer.createdAt });
  }
  return competencies.map((competency) => {
    const tagged = new Set(sets.filter((set) => set.competencies.includes(competency.id)).map((set) => set.id));
    const scores = [...latest].filter(([key]) => tagged.has(key.slice(0, key.indexOf("/")))).map(([, value]) => value.score);
    const accuracy = scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    return {
      ...competency,
      items: scores.length,
      accuracy,
      practised: scores.length > 0,
      met: scores.length >= competencyBar.minItems && accuracy !== null && accuracy + 1e-9 >= competencyBar.minAccuracy,
    };
  });
}
