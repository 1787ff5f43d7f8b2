import { z } from "zod";
import { ZCompetencyCode } from "../validation/competency-code";
import { flagIds, type TFlag } from "./flags";
import { ZWriteCheck } from "./write-checks";
import { maxAuditValueLength } from "./match-audit-value";

const ZId = z.string().regex(/^[a-z0-9][a-z0-9-_]*$/, "ids use lowercase letters, digits, - and _");
const ZText = z.string().trim().min(1);
const ZRule = z.string().regex(/^\d+\.\d+$/, 'a rule id like "2.1"');
const ZFlag = z.enum(flagIds as [TFlag, ...TFlag[]]);
const ZWhy = { rationale: ZText, rule: ZRule };

/** What a task judges: a response (single-turn) or an assistant turn (multi-turn, 1-based index). */
const ZTarget = z.object({ response: ZId.optional(), turn: z.number().int().min(1).optional() });

export const ZDimension = z.object({
  id: ZId,
  label: ZText,
  labelEn: ZText,
  scale: z.union([z.literal(5), z.literal(7)]),
  /** One anchored description per point, from 1 to `scale`. */
  anchors: z.array(ZText),
  rule: ZRule,
});

export const ZRubricTask = ZTarget.extend({
  type: z.literal("rubric"),
  id: ZId,
  dimensions: z.array(ZDimension).min(1),
  gold: z.record(
    ZId,
    z.object({
      score: z.number().int().min(1).max(7),
      tolerance: z.number().int().min(0).max(2).default(1),
      /**
       * Set when the cited rule only caps this score ("不高于 2 分"): a score above `cap` is wrong
       * whatever the tolerance, and content:check requires the tolerance to admit every score from
       * 1 up to the cap (the school's policy: a rule that only caps does not pick a score under it).
       */
      cap: z.number().int().min(1).max(7).optional(),
      ...ZWhy,
    }),
  ),
});

export const ZFlagsTask = ZTarget.extend({
  type: z.literal("flags"),
  id: ZId,
  options: z.array(ZFlag).min(1),
  gold: z.object({ flags: z.array(ZFlag), refersTo: z.record(z.string(), z.number().int().min(1)).default({}), ...ZWhy }),
});

export const ZPreferenceTask = z.object({
  type: z.literal("preference"),
  id: ZId,
  a: ZId,
  b: ZId,
  gold: z.object({ value: z.number().int().min(-3).max(3), ...ZWhy }),
});

export const ZRankingTask = z.object({
  type: z.literal("ranking"),
  id: ZId,
  responses: z.array(ZId).min(2),
  gold: z.object({ order: z.array(ZId).min(2), ...ZWhy }),
});

export const ZRewriteTask = ZTarget.extend({
  type: z.literal("rewrite"),
  id: ZId,
  /**
   * "next" asks for the next assistant turn of the dialogue instead of rewriting one; "write" asks
   * for the ideal answer to the prompt from scratch (SFT writing: no response to start from).
   */
  mode: z.enum(["rewrite", "next", "write"]).default("rewrite"),
  /** Automatic checks graded at once on submitting (required points, forbidden content, length, format, language); the text itself waits for an instructor. */
  checks: z.array(ZWriteCheck).min(1).optional(),
  gold: z.object({ text: ZText, ...ZWhy }),
});

export const ZVerdictTask = z.object({
  type: z.literal("verdict"),
  id: ZId,
  options: z.array(z.object({ value: ZId, label: ZText, labelEn: ZText })).min(2),
  gold: z.object({ value: ZId, ...ZWhy }),
});

/** One label someone else gave on the item, as the auditor sees it (a score, a flag set, a choice). */
export const ZAuditLabel = z.object({ id: ZId, field: ZText, fieldEn: ZText, value: ZText });

/**
 * Auditing another labeler's work: the item plus their labels; the learner marks the wrong labels
 * and the rule each breaks. Gold per label: wrong or right, the rule it rests on, the right value.
 */
export const ZAuditTask = z.object({
  type: z.literal("audit"),
  id: ZId,
  /** Who labeled, shown above the labels (e.g. "标注员 B07 · 2026-11-18"). */
  labeler: ZText.optional(),
  labels: z.array(ZAuditLabel).min(1),
  /** The rules a learner may name for a wrong label. */
  rules: z.array(ZRule).min(2),
  /** `fix`: the right value of a wrong label, as a learner could type it (graded by `matchesAuditFix`). */
  gold: z.record(ZId, z.object({ wrong: z.boolean(), fix: ZText.max(maxAuditValueLength).optional(), ...ZWhy })),
});

export const ZTask = z.discriminatedUnion("type", [ZRubricTask, ZFlagsTask, ZPreferenceTask, ZRankingTask, ZRewriteTask, ZVerdictTask, ZAuditTask]);

/** How hard an item is for a learner in week 1–5 (content:check prints the mix per set). */
export const difficulties = ["easy", "medium", "hard"] as const;
export type TDifficulty = (typeof difficulties)[number];

/**
 * The kinds of labeling work an item trains or tests, as the qualification test stratifies them.
 * Practice sets take theirs from the guideline (see `item-category.ts`); a qualification bank
 * names each item's own.
 */
export const itemCategories = ["single-turn", "multi-turn", "preference", "math", "rag", "safety", "rewrite"] as const;
export type TItemCategory = (typeof itemCategories)[number];

export const ZItem = z.object({
  id: ZId,
  difficulty: z.enum(difficulties).optional(),
  /** Required in a qualification bank (its draw is stratified by category). */
  category: z.enum(itemCategories).optional(),
  /** The guideline this item's gold cites, when it differs from the set's (a qualification bank spans several). */
  guideline: ZId.optional(),
  /** Single-turn: the user's prompt and one or more model responses (ids like A, B, C). */
  prompt: ZText.optional(),
  responses: z.array(z.object({ id: ZId, text: ZText })).default([]),
  /** RAG items: the retrieved sources the answer must rest on. */
  sources: z.array(z.object({ id: ZId, title: ZText, text: ZText })).default([]),
  /** Multi-turn: the dialogue, turns numbered from 1. */
  dialogue: z.array(z.object({ role: z.enum(["user", "assistant"]), text: ZText })).default([]),
  tasks: z.array(ZTask).min(1),
  /**
   * The guideline rules this item's gold rests on, beyond those its rationales cite: when a rule
   * changes in a later guideline version, earlier answers to the item are listed as affected.
   */
  rules: z.array(ZRule).optional(),
});

/**
 * Metrics a qualification test can set a pass threshold on (0…1 each), named after the figures of
 * `metrics/aggregate-metrics.ts`: overallScore = summary.score, rubricWithinToleranceRate =
 * rubric.withinToleranceRate, flagPrecision/flagRecall/flagF1 = flags.overall.*,
 * preferenceDirectionRate = preference.directionAgreementRate, verdictAccuracy = verdict.accuracy.
 */
export const qualificationMetricIds = [
  "overallScore",
  "rubricWithinToleranceRate",
  "flagPrecision",
  "flagRecall",
  "flagF1",
  "preferenceDirectionRate",
  "verdictAccuracy",
] as const;
export type TQualificationMetricId = (typeof qualificationMetricIds)[number];

/** Per-category item counts each attempt draws from the bank (sum = the attempt's length). */
export const ZDrawQuotas = z.partialRecord(z.enum(itemCategories), z.number().int().min(1));

/**
 * Makes a set a timed qualification test: hidden from practice, graded against these thresholds.
 * With `draw`, the set is an item bank: each attempt draws `draw` items per category (stratified,
 * deterministic per attempt) and must reach `categoryThresholds` (mean item score 0…1) in each.
 */
export const ZQualification = z.object({
  timeLimitMinutes: z.number().int().min(5).max(180),
  passThresholds: z
    .partialRecord(z.enum(qualificationMetricIds), z.number().min(0).max(1))
    .refine((thresholds) => Object.keys(thresholds).length > 0, "name at least one metric"),
  draw: ZDrawQuotas.optional(),
  /** Smallest item bank content:check accepts for a drawing test. */
  minBankSize: z.number().int().min(1).optional(),
  categoryThresholds: z.partialRecord(z.enum(itemCategories), z.number().min(0).max(1)).optional(),
});

export const ZExerciseSet = z.object({
  id: ZId,
  title: ZText,
  titleEn: ZText,
  kind: z.enum(["single-turn", "multi-turn"]),
  guideline: ZId,
  guidelineVersion: z.string().regex(/^\d+\.\d+$/),
  instructions: ZText,
  instructionsEn: ZText,
  items: z.array(ZItem).min(1),
  qualification: ZQualification.optional(),
  /** Codes of content/standards/4-04-05-05.yaml this set trains (content:check rejects unknown codes). */
  competencies: z.array(ZCompetencyCode).default([]),
});

export type TExerciseSet = z.infer<typeof ZExerciseSet>;
export type TItem = z.infer<typeof ZItem>;
export type TTask = z.infer<typeof ZTask>;
export type TRubricTask = z.infer<typeof ZRubricTask>;
export type TFlagsTask = z.infer<typeof ZFlagsTask>;
export type TPreferenceTask = z.infer<typeof ZPreferenceTask>;
export type TRankingTask = z.infer<typeof ZRankingTask>;
export type TRewriteTask = z.infer<typeof ZRewriteTask>;
export type TVerdictTask = z.infer<typeof ZVerdictTask>;
export type TAuditTask = z.infer<typeof ZAuditTask>;
export type TQualification = z.infer<typeof ZQualification>;
