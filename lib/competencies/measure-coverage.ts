import type { TCompetency } from "../content/competency-standard";

export type TTrainer = { kind: "lesson" | "set"; id: string; title: string; titleEn: string };
export type TCoveredCompetency = TCompetency & { lessons: TTrainer[]; sets: TTrainer[] };
export type TCoverageLevel = { level: number; levelName: string; levelNameEn: string; competencies: TCoveredCompetency[]; covered: number };

/**
 * Which competencies of the standard a course trains, by level (in the standard's order): each
 * competency with the published lessons and practice sets that declare it. A competency is
 * covered when at least one lesson or practice set declares it. Pure.
 */
export function measureCoverage(
  competencies: readonly TCompetency[],
  lessons: readonly (TTrainer & { competencies: readonly string[] })[],
  sets: readonly (TTrainer & { competencies: readonly string[] })[],
): TCoverageLevel[] {
  const levels: TCoverageLevel[] = [];
  for (const competency of competencies) {
    let level = levels.find((candidate) => candidate.level === competency.level);
    if (!level) {
      level = { level: competency.level, levelName: competency.levelName, levelNameEn: competency.levelNameEn, competencies: [], covered: 0 };
      levels.push(level);
    }
    const strip = ({ kind, id, title, titleEn }: TTrainer): TTrainer => ({ kind, id, title, titleEn });
    const entry: TCoveredCompetency = {
      ...competency,
      lessons: lessons.filter((lesson) => lesson.competencies.includes(competency.id)).map(strip),
      sets: sets.filter((set) => set.competencies.includes(competency.id)).map(strip),
    };
    level.competencies.push(entry);
    if (entry.lessons.length + entry.sets.length > 0) level.covered += 1;
  }
  return levels;
}
