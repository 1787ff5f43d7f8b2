import type { TAuditTask, TFlagsTask, TItem, TPreferenceTask, TRankingTask, TRewriteTask, TRubricTask, TTask, TVerdictTask } from "./exercise-schema";
import { flagCatalog, flagIds, type TFlag } from "./flags";
import { readOwn, readTaskAnswer, type TItemAnswers } from "./answer-schema";
import { checkRewrite } from "./check-rewrite";
import { runWriteChecks, type TWriteCheck } from "./write-checks";
import { goldReferenceOf } from "./gold-answers";
import { kendallTauOfOrders } from "./metrics/kendall-tau";
import { matchesAuditFix } from "./match-audit-value";

/** How a field was judged: "pending" waits for a person (rewrites). */
export type TVerdict = "right" | "close" | "wrong" | "pending";

/** One graded field, carrying what teaches: the gold answer, why it is gold and the guideline rule. */
export type TFieldGrade = {
  taskId: string;
  taskType: TTask["type"];
  /** Dimension id (rubric), flag id or "none" (flags), "value" (preference, verdict), "order" (ranking), "text" (rewrite), label id (audit). */
  field: string;
  /** Chinese label of a rubric dimension, a flag, a required point or an audited label's field; `labelEn` its English one when the content has it. */
  label?: string;
  labelEn?: string;
  verdict: TVerdict;
  /** The learner's answer for this field; null when missing. */
  given: unknown;
  gold: unknown;
  rationale: string;
  rule: string;
  /** 0…1; pending fields score 0 and do not count. */
  points: number;
};

/** One item graded: score 0…1 (mean points of non-pending fields, 1 if none) and every field. */
export type TItemGrade = { itemId: string; score: number; fields: TFieldGrade[] };

/** The value a flag field shows for one side: raised or not, and the referenced turn when there is one. */
export type TFlagState = { raised: boolean; refersTo?: number };

const points: Record<Exclude<TVerdict, "pending">, number> = { right: 1, close: 0.5, wrong: 0 };
type TField = Omit<TFieldGrade, "taskId" | "taskType" | "rationale" | "rule">;
const judged = (verdict: Exclude<TVerdict, "pending">) => ({ verdict, points: points[verdict] });

function gradeRubric(task: TRubricTask, answers: TItemAnswers): TFieldGrade[] {
  const scores = readTaskAnswer(answers, task)?.scores ?? {};
  return task.dimensions.flatMap((dimension) => {
    const gold = readOwn(task.gold, dimension.id);
    if (!gold) return [];
    const given = readOwn(scores, dimension.id);
    const distance = typeof given === "number" ? Math.abs(given - gold.score) : Infinity;
    const aboveCap = gold.cap !== undefined && typeof given === "number" && given > gold.cap;
    const verdict = distance === 0 ? "right" : distance <= gold.tolerance && !aboveCap ? "close" : "wrong";
    return [
      {
        taskId: task.id,
        taskType: task.type,
        field: dimension.id,
        label: dimension.label,
        ...judged(verdict),
        given: given ?? null,
        gold: gold.score,
        rationale: gold.rationale,
        rule: gold.rule,
      },
    ];
  });
}

function gradeFlags(task: TFlagsTask, answers: TItemAnswers): TField[] {
  const answer = readTaskAnswer(answers, task);
  const given = new Set<string>(answer?.flags ?? []);
  const gold = new Set<string>(task.gold.flags);
  const order = [...task.options, ...flagIds.filter((flag) => !task.options.includes(flag))];
  const shown = order.filter((flag) => given.has(flag) || gold.has(flag));
  if (shown.length === 0) {
    return [{ field: "none", label: "未发现问题", ...judged(answer ? "right" : "wrong"), given: answer ? [] : null, gold: [] }];
  }
  return shown.map((flag: TFlag) => {
    const goldTurn = goldReferenceOf(task, flag);
    const givenTurn = answer?.refersTo ? readOwn(answer.refersTo, flag) : undefined;
    const state = (raised: boolean, turn: number | undefined): TFlagState => (raised && turn !== undefined ? { raised, refersTo: turn } : { raised });
    const verdict = given.has(flag) !== gold.has(flag) ? "wrong" : goldTurn !== undefined && givenTurn !== goldTurn ? "close" : "right";
    return { field: flag, label: flagCatalog[flag].zh, ...judged(verdict), given: state(given.has(flag), givenTurn), gold: state(gold.has(flag), goldTurn) };
  });
}

function gradePreference(task: TPreferenceTask, answers: TItemAnswers): TField {
  const given = readTaskAnswer(answers, task)?.value;
  const gold = task.gold.value;
  const verdict = given === gold ? "right" : given !== undefined && Math.sign(given) === Math.sign(gold) && Math.abs(given - gold) <= 1 ? "close" : "wrong";
  return { field: "value", ...judged(verdict), given: given ?? null, gold };
}

function gradeRanking(task: TRankingTask, answers: TItemAnswers): TField {
  const given = readTaskAnswer(answers, task)?.order;
  const gold = task.gold.order;
  const isPermutation = (order: string[]) => order.length === gold.length && new Set(order).size === order.length && order.every((id) => gold.includes(id));
  const tau = given && isPermutation(given) ? kendallTauOfOrders(given, gold) : null;
  if (!given || tau === null) return { field: "order", ...judged("wrong"), given: given ? [...given] : null, gold: [...gold] };
  const verdict = tau === 1 ? "right" : tau >= 0.5 ? "close" : "wrong";
  return { field: "order", verdict, points: Math.max(0, tau), given: [...given], gold: [...gold] };
}

/** The text a rewrite starts from (as the workspace shows it): the target turn or response; "" for a next-turn or write task. */
function originalOf(item: TItem, task: TRewriteTask): string {
  if (task.mode === "next" || task.mode === "write") return "";
  if (task.turn !== undefined) return item.dialogue[task.turn - 1]?.text ?? "";
  return item.responses.find((response) => response.id === task.response)?.text ?? "";
}

/** The declared check without its explanation: what the feedback shows as the requirement. */
function requirementOf(check: TWriteCheck): Omit<TWriteCheck, "why" | "rule" | "label" | "labelEn"> {
  const { why: _why, rule: _rule, ...requirement } = check;
  if ("label" in requirement) {
    const { label: _label, labelEn: _labelEn, ...rest } = requirement;
    return rest;
  }
  return requirement;
}

/** The text waits for an instructor ("pending"); each declared check is graded at once, right or wrong, with its own why and rule. */
function gradeRewrite(item: TItem, task: TRewriteTask, answers: TItemAnswers): TFieldGrade[] {
  const text = readTaskAnswer(answers, task)?.text;
  const given = text === undefined ? null : { text, checks: checkRewrite(originalOf(item, task), text) };
  const declared = task.checks ?? [];
  const results = text === undefined ? null : runWriteChecks(declared, text);
  const pending: TFieldGrade = {
    taskId: task.id,
    taskType: task.type,
    field: "text",
    verdict: "pending",
    points: 0,
    given,
    gold: task.gold.text,
    rationale: task.gold.rationale,
    rule: task.gold.rule,
  };
  const checks = declared.map((check, index): TFieldGrade => {
    const result = results?.[index] ?? null;
    const labels = "label" in check ? { label: check.label, ...(check.labelEn ? { labelEn: check.labelEn } : {}) } : {};
    return {
      taskId: task.id,
      taskType: task.type,
      field: `check.${index + 1}`,
      ...labels,
      ...judged(result?.passed ? "right" : "wrong"),
      given: result,
      gold: requirementOf(check),
      rationale: check.why,
      rule: check.rule,
    };
  });
  return [pending, ...checks];
}

function gradeVerdict(task: TVerdictTask, answers: TItemAnswers): TField {
  const given = readTaskAnswer(answers, task)?.value;
  return { field: "value", ...judged(given === task.gold.value ? "right" : "wrong"), given: given ?? null, gold: task.gold.value };
}

/** What an audit field shows for one side: the label judged wrong or not, the rule named, the right value (gold `fix`, the learner's `value`). */
export type TAuditState = { wrong: boolean; rule?: string; fix?: string; value?: string };

/**
 * One field per audited label. A right label left unmarked: right, 1. A wrong label missed, or a right
 * label marked wrong: wrong, 0. A wrong label found earns 0.5, and the other half is shared by what gold
 * asks beyond finding it: the rule (0.5 when gold has no `fix`), or the rule and the right value (0.25
 * each when it has one). The typed value is compared with `matchesAuditFix` (width, case, spaces and
 * dashes folded; a score inside a gold range counts); a value left blank earns nothing, so a wrong value
 * never scores below a blank one. Full points are "right", anything between 0 and 1 "close".
 */
function gradeAudit(task: TAuditTask, answers: TItemAnswers): TFieldGrade[] {
  const answer = readTaskAnswer(answers, task);
  return task.labels.flatMap((label) => {
    const gold = readOwn(task.gold, label.id);
    if (!gold) return [];
    const wrong = answer?.wrong.includes(label.id) ?? false;
    const rule = wrong && answer?.rules ? readOwn(answer.rules, label.id) : undefined;
    const typed = wrong && answer?.fixes ? readOwn(answer.fixes, label.id) : undefined;
    let earned = 0;
    if (answer && wrong === gold.wrong) {
      const share = gold.fix ? 0.25 : 0.5;
      earned = !wrong ? 1 : 0.5 + (rule === gold.rule ? share : 0) + (gold.fix && typed !== undefined && matchesAuditFix(typed, gold.fix) ? share : 0);
    }
    const verdict = earned === 1 ? "right" : earned === 0 ? "wrong" : "close";
    const given: TAuditState | null = answer ? { wrong, ...(rule ? { rule } : {}), ...(typed ? { value: typed } : {}) } : null;
    const expected: TAuditState = gold.wrong ? { wrong: true, rule: gold.rule, ...(gold.fix ? { fix: gold.fix } : {}) } : { wrong: false };
    return [
      {
        taskId: task.id,
        taskType: task.type,
        field: label.id,
        label: label.field,
        verdict,
        points: earned,
        given,
        gold: expected,
        rationale: gold.rationale,
        rule: gold.rule,
      },
    ];
  });
}

function gradeTask(item: TItem, task: TTask, answers: TItemAnswers): TFieldGrade[] {
  if (task.type === "rubric") return gradeRubric(task, answers);
  if (task.type === "rewrite") return gradeRewrite(item, task, answers);
  if (task.type === "audit") return gradeAudit(task, answers);
  const fields =
    task.type === "flags"
      ? gradeFlags(task, answers)
      : [task.type === "preference" ? gradePreference(task, answers) : task.type === "ranking" ? gradeRanking(task, answers) : gradeVerdict(task, answers)];
  return fields.map((field) => ({ taskId: task.id, taskType: task.type, ...field, rationale: task.gold.rationale, rule: task.gold.rule }));
}

/**
 * Grades a learner's answers to one item, field by field, each field with the gold answer, its
 * rationale and rule. Rubric: exact 1, within tolerance "close" 0.5. Flags: one field per flag in gold
 * or given (a single "none" field when both are empty); a right flag with the wrong referenced turn is
 * "close". Preference: same direction and off by one is "close". Ranking: Kendall τ, "close" from 0.5,
 * points max(0, τ). Verdict: exact. Audit: per label, see `gradeAudit`. Rewrite: the text "pending" (math and change checks in `given`), then one
 * field `check.<n>` per declared write check, right when it passes. Missing or
 * misshapen answers grade "wrong", never throw. Score: mean points of non-pending fields (1 if none).
 */
export function gradeItem(item: TItem, answers: TItemAnswers): TItemGrade {
  const fields = item.tasks.flatMap((task) => gradeTask(item, task, answers));
  const graded = fields.filter((field) => field.verdict !== "pending");
  const total = graded.reduce((sum, field) => sum + field.points, 0);
  const score = graded.length === 0 ? 1 : Math.max(0, Math.min(1, total / graded.length));
  return { itemId: item.id, score, fields };
}
