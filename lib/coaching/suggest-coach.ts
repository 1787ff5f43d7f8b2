/** A coach and how many learners they coach right now (open assignments). */
export type TCoachLoad = { id: string; name: string; openAssignments: number };

/**
 * The coach to suggest for a new learner: the one with the fewest open assignments; ties go to
 * the name, then the id, compared by code point so the choice never depends on the server's
 * locale. Pure; null when there is no coach.
 */
export function suggestCoach(coaches: readonly TCoachLoad[]): TCoachLoad | null {
  let best: TCoachLoad | null = null;
  for (const coach of coaches) {
    if (!best || compareLoads(coach, best) < 0) best = coach;
  }
  return best;
}

function compareLoads(a: TCoachLoad, b: TCoachLoad): number {
  if (a.openAssignments !== b.openAssignments) return a.openAssignments - b.openAssignments;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
