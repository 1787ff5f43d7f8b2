"use client";

import { interpolate } from "@/lib/i18n/interpolate";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { flagCatalog, preferenceScale, type TFlag } from "@/lib/labeling/flags";
import type { TPublicTask } from "@/lib/labeling/public-item";
import type { TDistributionView, TFieldGradeView, TItemGradeView } from "./grade-types";
import { MathPreview, MathText } from "./math-preview";
import { describeWriteCheck, writeCheckTitle } from "./write-check-text";
import { targetLabel } from "./task-fields";

const badge = {
  right: "bg-green-100 text-green-900",
  close: "bg-amber-100 text-amber-900",
  wrong: "bg-red-100 text-red-900",
  pending: "bg-slate-100 text-slate-700",
} as const;
const icon = { right: "✓", close: "≈", wrong: "✗", pending: "⏳" } as const;

/** A readable rendering of a given or gold value: scores, flags, preferences, orders, texts. */
function formatValue(value: unknown, task: TPublicTask | undefined, m: TMessages, locale: TLocale): string {
  if (value === null || value === undefined || value === "") return m.labeling.none;
  if (task?.type === "preference" && typeof value === "number") return preferenceScale.find((p) => p.value === value)?.[locale] ?? String(value);
  if (task?.type === "verdict" && typeof value === "string") {
    const option = task.options.find((o) => o.value === value);
    return option ? localized(locale, option, "label") : value;
  }
  if (typeof value === "boolean") return value ? "✓" : "—";
  if (typeof value === "string") return (flagCatalog as Record<string, { zh: string; en: string }>)[value]?.[locale] ?? value;
  if (typeof value === "number") return String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(v, task, m, locale)).join("、") : m.labeling.none;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("wrong" in record) {
      if (!record.wrong) return m.labeling.auditOk;
      const parts = [m.labeling.auditWrong];
      if (typeof record.rule === "string") parts.push(interpolate(m.labeling.auditRuleOption, { rule: record.rule }));
      if (typeof record.fix === "string") parts.push(interpolate(m.labeling.auditFix, { fix: record.fix }));
      if (typeof record.value === "string") parts.push(interpolate(m.labeling.auditYourValue, { value: record.value }));
      return parts.join(" · ");
    }
    if ("raised" in record) {
      if (!record.raised) return "—";
      return typeof record.refersTo === "number" ? `✓ → ${interpolate(m.labeling.turn, { index: record.refersTo })}` : "✓";
    }
    if ("score" in record) return formatValue(record.score, task, m, locale);
    if ("flags" in record) return formatValue(record.flags, task, m, locale);
    if ("value" in record) return formatValue(record.value, task, m, locale);
    if ("order" in record) return formatValue(record.order, task, m, locale);
    if ("text" in record && typeof record.text === "string") return record.text;
    return JSON.stringify(value);
  }
  return String(value);
}

const isWriteCheck = (field: TFieldGradeView) => field.taskType === "rewrite" && field.field.startsWith("check.");

/** What a target is in the reader's language: "第 4 轮" / "Turn 4", "回答 A"; empty for the whole item. */
function targetOf(task: TPublicTask | undefined, m: TMessages): string {
  return task && ("turn" in task || "response" in task) ? targetLabel(task as { turn?: number; response?: string }, m) : "";
}

/** A field's title in the reader's language, with the turn or response it judges ("有用性 · 第 4 轮"). */
function fieldTitle(field: TFieldGradeView, task: TPublicTask | undefined, m: TMessages, locale: TLocale): string {
  const l = m.labeling;
  if (isWriteCheck(field)) return writeCheckTitle(field.gold, field.label, field.labelEn, l.writeChecks, locale);
  const leaf = field.field.split(".").at(-1) ?? field.field;
  const target = targetOf(task, m);
  const withTarget = (title: string) => (target ? `${title} · ${target}` : title);
  switch (task?.type) {
    case "rubric": {
      const dimension = task.dimensions.find((d) => d.id === leaf);
      return withTarget(dimension ? (locale === "zh" ? dimension.label : dimension.labelEn) : leaf);
    }
    case "flags": {
      const flag = (flagCatalog as Record<string, { zh: string; en: string }>)[leaf];
      return withTarget(`${l.flags} · ${flag ? flag[locale] : l.noIssue}`);
    }
    case "verdict":
      return l.verdict;
    case "preference":
      return l.preference;
    case "ranking":
      return l.ranking;
    case "rewrite":
      return task.mode === "next" ? l.nextTurn : target ? interpolate(l.rewriteOf, { target }) : l.rewrite;
    default:
      return field.label ?? leaf;
  }
}

function rewriteChecks(given: unknown): { changed?: boolean; mathErrors?: unknown[] } | null {
  if (!given || typeof given !== "object") return null;
  const record = given as Record<string, unknown>;
  const checks = (record.checks && typeof record.checks === "object" ? record.checks : record) as Record<string, unknown>;
  return "changed" in checks ? { changed: Boolean(checks.changed), mathErrors: Array.isArray(checks.mathErrors) ? checks.mathErrors : [] } : null;
}

/** Field-by-field feedback: right / close / wrong, the expert answer, why, and the rule; then the class's anonymous answers. */
export function FeedbackPanel({
  grade,
  distribution,
  tasks,
  rationale,
  m,
  locale,
  onRule,
}: {
  grade: TItemGradeView;
  distribution: TDistributionView | null;
  tasks: TPublicTask[];
  rationale?: string;
  m: TMessages;
  locale: TLocale;
  onRule: (rule: string) => void;
}) {
  const l = m.labeling;
  return (
    <section aria-labelledby="feedback-title" className="space-y-4 rounded-2xl border-2 border-brand-100 bg-white p-5" data-testid="feedback">
      <h2 id="feedback-title" tabIndex={-1} className="text-xl font-bold">
        {l.feedback} · {interpolate(l.itemScore, { score: `${Math.round(grade.score * 100)}%` })}
      </h2>
      {rationale && (
        <div className="rounded-xl bg-slate-50 p-3 text-sm" data-testid="own-rationale">
          <p className="font-medium">{l.rationale}</p>
          <p className="mt-1 whitespace-pre-wrap">{rationale}</p>
        </div>
      )}
      <ul className="space-y-3">
        {grade.fields.map((field, index) => {
          const task = tasks.find((t) => t.id === field.taskId);
          const checks = task?.type === "rewrite" ? rewriteChecks(field.given) : null;
          return (
            <li
              key={`${field.taskId}-${field.field}-${index}`}
              className="rounded-xl border border-slate-200 p-3"
              data-testid="feedback-field"
              data-verdict={field.verdict}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-semibold">{fieldTitle(field, task, m, locale)}</h3>
                <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${badge[field.verdict]}`}>
                  <span aria-hidden>{icon[field.verdict]} </span>
                  {field.verdict === "close" ? l.close_ : l[field.verdict]}
                </span>
              </div>
              {isWriteCheck(field) ? (
                <p className="mt-2 text-sm" data-testid="write-check">
                  {describeWriteCheck(field.given, field.gold, l.writeChecks)}
                </p>
              ) : task?.type === "rewrite" ? (
                <div className="mt-2 space-y-2 text-sm">
                  {checks && (
                    <p>
                      {l.rewriteChecks}: {task.mode === "rewrite" && <>{checks.changed ? l.rewriteChanged : l.rewriteUnchanged} · </>}
                      {checks.mathErrors?.length ? interpolate(l.mathErrors, { count: checks.mathErrors.length }) : l.mathOk}
                    </p>
                  )}
                  <p className="font-medium">{task.mode === "write" ? l.goldWrite : l.goldRewrite}</p>
                  <MathPreview text={formatValue(field.gold, task, m, locale)} label={task.mode === "write" ? l.goldWrite : l.goldRewrite} />
                </div>
              ) : (
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="text-slate-500">{l.yourAnswer}</dt>
                  <dd>{formatValue(field.given, task, m, locale)}</dd>
                  <dt className="text-slate-500">{l.goldAnswer}</dt>
                  <dd className="font-semibold">{formatValue(field.gold, task, m, locale)}</dd>
                </dl>
              )}
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-medium">{l.why}：</span>
                <MathText text={field.rationale} />
              </p>
              <button type="button" onClick={() => onRule(field.rule)} className="mt-1 text-sm text-brand-700 underline">
                {interpolate(l.rule, { rule: field.rule })}
              </button>
            </li>
          );
        })}
      </ul>
      {distribution && distribution.respondents > 0 && <DistributionView distribution={distribution} tasks={tasks} m={m} locale={locale} />}
    </section>
  );
}

function DistributionView({ distribution, tasks, m, locale }: { distribution: TDistributionView; tasks: TPublicTask[]; m: TMessages; locale: TLocale }) {
  const l = m.labeling;
  const bar = (count: number) => `${Math.round((count / Math.max(1, distribution.respondents)) * 100)}%`;
  return (
    <section
      aria-label={interpolate(l.classDistribution, { count: distribution.respondents })}
      className="rounded-xl bg-slate-50 p-4 text-sm"
      data-testid="distribution"
    >
      <h3 className="mb-2 font-semibold">{interpolate(l.classDistribution, { count: distribution.respondents })}</h3>
      <ul className="space-y-2">
        {Object.entries(distribution.scores).map(([key, counts]) => {
          const [taskId, dimensionId] = key.split(".");
          const task = tasks.find((t) => t.id === taskId);
          const dimension = task?.type === "rubric" ? task.dimensions.find((d) => d.id === dimensionId) : undefined;
          return (
            <li key={key}>
              <p>
                {dimension ? (locale === "zh" ? dimension.label : dimension.labelEn) : key}
                {targetOf(task, m) ? ` · ${targetOf(task, m)}` : ""}
              </p>
              <div
                className="mt-1 flex items-end gap-1"
                aria-label={counts
                  .slice(1)
                  .map((c, i) => `${i + 1}: ${c}`)
                  .join(", ")}
              >
                {counts.slice(1).map((count, index) => (
                  <div key={index} className="flex w-8 flex-col items-center">
                    <div
                      className="w-full rounded-t bg-brand-600"
                      style={{ height: `${Math.max(2, (count / Math.max(1, distribution.respondents)) * 48)}px` }}
                    />
                    <span className="text-xs text-slate-600">{index + 1}</span>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
        {Object.entries(distribution.flags).map(([key, count]) => {
          const flag = key.split(".").at(-1) as TFlag;
          const target = targetOf(
            tasks.find((t) => t.id === key.split(".")[0]),
            m,
          );
          return (
            <li key={key}>
              {flagCatalog[flag]?.[locale] ?? flag}
              {target ? ` · ${target}` : ""}: {interpolate(l.flaggedBy, { count })} ({bar(count)})
            </li>
          );
        })}
        {Object.entries(distribution.preferences).map(([key, counts]) => (
          <li key={key}>
            {l.preference}：{preferenceScale.map((p, i) => `${p[locale]} ${counts[i] ?? 0}`).join(" · ")}
          </li>
        ))}
        {Object.entries(distribution.verdicts).map(([key, count]) => (
          <li key={key}>
            {l.verdict}：
            {formatValue(
              key.split(".").at(-1),
              tasks.find((t) => t.id === key.split(".")[0]),
              m,
              locale,
            )}
            : {count}
          </li>
        ))}
      </ul>
    </section>
  );
}
