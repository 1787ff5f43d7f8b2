import { cohenKappa } from "../labeling/agreement/cohen-kappa";
import { confusionMatrix, type TConfusionMatrix } from "../labeling/agreement/confusion-matrix";
import { fleissKappa } from "../labeling/agreement/fleiss-kappa";
import { fleissTableFromMatrix } from "../labeling/agreement/fleiss-table-from-matrix";
import { krippendorffAlpha } from "../labeling/agreement/krippendorff-alpha";
import type { TItemAnswers } from "../labeling/answer-schema";
import type { TExerciseSet } from "../labeling/exercise-schema";
import { setUnits, type TUnit } from "./set-units";

export type TLearnerInput = { key: string; name: string; answers: ReadonlyMap<string, TItemAnswers>; itemScores: ReadonlyMap<string, number> };

export type TClassAnalytics = {
  learners: number;
  /** Krippendorff's α among learners, per kind of judgement (null when undefined). */
  alpha: {
    rubricOrdinal: number | null;
    rubricInterval: number | null;
    flagsNominal: number | null;
    preferenceOrdinal: number | null;
    verdictNominal: number | null;
  };
  /** Fleiss' κ over rubric units that every learner who answered the set answered (null with fewer than 2 such learners or no such unit). */
  fleissRubric: { kappa: number | null; units: number };
  perLearner: { key: string; name: string; answered: number; meanScore: number | null; kappaWithGold: number | null; needsHelp: boolean }[];
  perItem: { itemId: string; meanScore: number | null; answered: number; alphaOrdinal: number | null }[];
  /** Hardest first: lowest mean score. */
  hardestItems: string[];
  rubricConfusion: { dimension: string; matrix: TConfusionMatrix }[];
  flagConfusion: { flag: string; matrix: TConfusionMatrix }[];
};

/**
 * A learner needs help (with at least 3 graded items) when their agreement with gold — Cohen's κ
 * over rubric scores, the measure the page charts — is below 0.6 (short of "substantial"); for a set
 * without rubric scores, when their mean item score is below 60 %.
 */
export const helpThresholds = { meanScore: 0.6, kappaWithGold: 0.6 } as const;

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

function alphaOf(units: readonly TUnit[], metric: "nominal" | "ordinal" | "interval", domain?: readonly (number | string)[]): number | null {
  if (units.length === 0) return null;
  return krippendorffAlpha(
    units.map((unit) => unit.answers),
    { metric, domain },
  ).alpha;
}

/**
 * A class's analytics for one exercise set from each learner's latest answers: agreement among
 * learners (Krippendorff's α by kind of judgement, Fleiss' κ on complete rubric units), each
 * learner's agreement with gold (Cohen's κ, quadratic weights, over rubric scores), item
 * difficulty, confusion matrices per rubric dimension and per flag, and learners who need help.
 * Pure: the caller reads the data and checks who may see it.
 */
export function computeClassAnalytics(set: TExerciseSet, learners: readonly TLearnerInput[]): TClassAnalytics {
  const units = setUnits(
    set,
    learners.map((learner) => learner.answers),
  );
  const byKind = (kind: TUnit["kind"]) => units.filter((unit) => unit.kind === kind);
  const rubric = byKind("rubric");
  const scale = rubric.reduce((widest, unit) => Math.max(widest, unit.categories.length), 0);
  const rubricDomain = Array.from({ length: scale }, (_, i) => i + 1);

  // Fleiss' κ needs the same raters on every unit: the learners who answered the set, on the units they all answered.
  const raters = learners.flatMap((learner, index) => (learner.answers.size > 0 ? [index] : []));
  const complete = rubric.map((unit) => raters.map((index) => unit.answers[index] ?? null)).filter((answers) => answers.every((answer) => answer !== null));
  const fleiss = raters.length >= 2 && complete.length > 0 ? fleissKappa(fleissTableFromMatrix(complete, { categories: rubricDomain }).table).kappa : null;

  const perLearner = learners.map((learner, index) => {
    const scores = [...learner.itemScores.values()];
    const kappa =
      rubric.length > 0
        ? cohenKappa(
            rubric.map((unit) => unit.answers[index] ?? null),
            rubric.map((unit) => unit.gold),
            { categories: rubricDomain, weights: "quadratic" },
          ).kappa
        : null;
    const meanScore = mean(scores);
    const needsHelp =
      scores.length >= 3 && (kappa !== null ? kappa < helpThresholds.kappaWithGold : meanScore !== null && meanScore < helpThresholds.meanScore);
    return { key: learner.key, name: learner.name, answered: scores.length, meanScore, kappaWithGold: kappa, needsHelp };
  });

  const perItem = set.items.map((item) => {
    const scores = learners.flatMap((learner) => (learner.itemScores.has(item.id) ? [learner.itemScores.get(item.id)!] : []));
    return {
      itemId: item.id,
      meanScore: mean(scores),
      answered: scores.length,
      alphaOrdinal: alphaOf(
        rubric.filter((unit) => unit.itemId === item.id),
        "ordinal",
        rubricDomain,
      ),
    };
  });

  const confusionBy = (kind: "rubric" | "flag") => {
    const groups = new Map<string, TUnit[]>();
    for (const unit of byKind(kind)) groups.set(unit.label, [...(groups.get(unit.label) ?? []), unit]);
    return [...groups].map(([label, group]) => {
      const gold = group.flatMap((unit) => unit.answers.map(() => unit.gold));
      const given = group.flatMap((unit) => unit.answers);
      return { label, matrix: confusionMatrix(gold, given, group[0]!.categories) };
    });
  };

  return {
    learners: learners.length,
    alpha: {
      rubricOrdinal: alphaOf(rubric, "ordinal", rubricDomain),
      rubricInterval: alphaOf(rubric, "interval"),
      flagsNominal: alphaOf(byKind("flag"), "nominal"),
      preferenceOrdinal: alphaOf(
        byKind("preference"),
        "ordinal",
        Array.from({ length: 7 }, (_, i) => i - 3),
      ),
      verdictNominal: alphaOf(byKind("verdict"), "nominal"),
    },
    fleissRubric: { kappa: fleiss, units: complete.length },
    perLearner,
    perItem,
    hardestItems: perItem
      .filter((item) => item.meanScore !== null)
      .sort((a, b) => a.meanScore! - b.meanScore!)
      .map((item) => item.itemId),
    rubricConfusion: confusionBy("rubric").map(({ label, matrix }) => ({ dimension: label, matrix })),
    flagConfusion: confusionBy("flag").map(({ label, matrix }) => ({ flag: label, matrix })),
  };
}
