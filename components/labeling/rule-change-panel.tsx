import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TRuleChangeView } from "@/lib/content/read-rule-change";
import { DiffView } from "./diff-view";

/**
 * What changed in the guideline a set follows (each rule's wording before → after, as a diff) and
 * the learner's earlier answers the change affects, each linking to its item to redo it.
 */
export function RuleChangePanel({
  change,
  guideline,
  itemHref,
  m,
  locale,
}: {
  change: TRuleChangeView;
  guideline: string;
  itemHref: (index: number) => string;
  m: TMessages;
  locale: TLocale;
}) {
  const l = m.labeling;
  const zh = locale === "zh";
  const kindLabel = { added: l.ruleChangeAdded, changed: l.ruleChangeChanged, removed: l.ruleChangeRemoved } as const;
  return (
    <section
      aria-labelledby="rule-change-title"
      className="mb-4 space-y-3 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm"
      data-testid="rule-change"
    >
      <details open={change.affected.length > 0}>
        <summary className="cursor-pointer">
          <h2 id="rule-change-title" className="inline text-base font-semibold">
            {interpolate(l.ruleChanges, { guideline, from: change.fromVersion, to: change.toVersion })}
          </h2>
        </summary>
        {change.releases.map((release) => (
          <div key={release.version} className="mt-3 space-y-3">
            <p className="text-slate-700">
              v{release.version} · {release.date} · {zh ? release.summary : release.summaryEn}
            </p>
            <ul className="space-y-3">
              {release.changes.map((ruleChange) => (
                <li
                  key={`${release.version}-${ruleChange.rule}`}
                  className="space-y-2 rounded-xl border border-amber-200 bg-white p-3"
                  data-testid="rule-change-entry"
                >
                  <p className="font-medium">
                    <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs">{kindLabel[ruleChange.kind]}</span>
                    {ruleChange.rule} {change.ruleTitles[ruleChange.rule] ?? ""}
                  </p>
                  <p className="text-slate-700">{zh ? ruleChange.note : ruleChange.noteEn}</p>
                  {ruleChange.kind === "changed" && ruleChange.before && ruleChange.after ? (
                    <DiffView
                      original={ruleChange.before}
                      text={ruleChange.after}
                      label={interpolate(l.ruleDiff, { rule: ruleChange.rule })}
                      testId="rule-diff"
                    />
                  ) : (
                    <p
                      lang="zh-CN"
                      className={`whitespace-pre-wrap rounded-lg p-2 ${ruleChange.kind === "removed" ? "bg-red-50 line-through" : "bg-green-50"}`}
                    >
                      <span className="sr-only">{ruleChange.kind === "removed" ? l.ruleBefore : l.ruleAfter}: </span>
                      {ruleChange.kind === "removed" ? ruleChange.before : ruleChange.after}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      <div data-testid="affected-answers">
        <h3 className="font-semibold">{l.affectedAnswers}</h3>
        {change.affected.length === 0 ? (
          <p className="text-slate-700">{l.affectedNone}</p>
        ) : (
          <>
            <p className="text-slate-700">{interpolate(l.affectedIntro, { version: change.toVersion })}</p>
            <ul className="mt-2 space-y-1">
              {change.affected.map((answer) => (
                <li key={answer.itemId} className="flex flex-wrap items-center gap-x-3" data-testid="affected-answer" data-item-id={answer.itemId}>
                  <span>{interpolate(l.affectedItem, { index: answer.index, version: answer.guidelineVersion, rules: answer.rules.join("、") })}</span>
                  <Link className="text-brand-700 underline" href={itemHref(answer.index)}>
                    {l.affectedRedo}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {change.stillValid > 0 && <p className="mt-1 text-slate-600">{interpolate(l.affectedStillValid, { count: change.stillValid })}</p>}
      </div>
    </section>
  );
}
