"use client";

import { interpolate } from "@/lib/i18n/interpolate";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { preferenceScale } from "@/lib/labeling/flags";
import type { TPublicTask } from "@/lib/labeling/public-item";
import { AuditField, type TAuditValue } from "./audit-field";
import { ChoiceField } from "./choice-field";
import { FlagsField } from "./flags-field";
import { RankingField } from "./ranking-field";
import { RewriteField } from "./rewrite-field";
import { localized } from "@/lib/i18n/localized";

export type TAnswerState = Record<string, unknown>;
type TFieldApi = {
  register: (key: string) => (element: HTMLElement | null) => void;
  focusField: (key: string, rule?: string, turn?: number, response?: string) => void;
  move: (key: string, direction: 1 | -1) => void;
  errorFor: (key: string) => string | undefined;
};

export function targetLabel(task: { response?: string; turn?: number }, m: TMessages): string {
  if (task.turn !== undefined) return interpolate(m.labeling.turn, { index: task.turn });
  if (task.response) return interpolate(m.labeling.response, { id: task.response.toUpperCase() });
  return "";
}

/** The input fields of one task, wired to the workspace's keyboard navigation. */
export function TaskFields({
  task,
  answer,
  setAnswer,
  api,
  m,
  locale,
  turnsBefore,
}: {
  task: TPublicTask;
  answer: unknown;
  setAnswer: (value: unknown) => void;
  api: TFieldApi;
  m: TMessages;
  locale: TLocale;
  turnsBefore: (turn: number | undefined) => number[];
}) {
  const l = m.labeling;
  const target = "response" in task || "turn" in task ? targetLabel(task as { response?: string; turn?: number }, m) : "";
  switch (task.type) {
    case "rubric": {
      const scores = ((answer as { scores?: Record<string, number> } | undefined)?.scores ?? {}) as Record<string, number>;
      return (
        <>
          {task.dimensions.map((dimension) => {
            const key = `${task.id}.${dimension.id}`;
            return (
              <ChoiceField
                key={key}
                id={`field-${key}`}
                label={`${interpolate(l.scoreOf, { label: localized(locale, dimension, "label"), scale: dimension.scale })}${target ? ` · ${target}` : ""}`}
                choices={dimension.anchors.map((anchor, index) => ({ value: index + 1, label: String(index + 1), hint: anchor }))}
                value={scores[dimension.id]}
                onChange={(value) => setAnswer({ scores: { ...scores, [dimension.id]: value } })}
                onFocus={() => api.focusField(key, dimension.rule, task.turn, task.response)}
                onMove={(direction) => api.move(key, direction)}
                describe={(value) => dimension.anchors[Number(value) - 1]}
                error={api.errorFor(key)}
                fieldRef={api.register(key)}
              />
            );
          })}
        </>
      );
    }
    case "flags": {
      const value = (answer as { flags: string[]; refersTo?: Record<string, number> } | undefined) ?? { flags: [] };
      return (
        <FlagsField
          id={`field-${task.id}`}
          label={target ? interpolate(l.flagsOf, { target }) : l.flags}
          options={task.options}
          value={value}
          onChange={setAnswer}
          onFocus={() => api.focusField(task.id, undefined, task.turn, task.response)}
          onMove={(direction) => api.move(task.id, direction)}
          earlierTurns={turnsBefore(task.turn)}
          refersToLabel={l.refersTo}
          error={api.errorFor(task.id)}
          fieldRef={api.register(task.id)}
          locale={locale}
        />
      );
    }
    case "preference":
    case "verdict": {
      const choices =
        task.type === "preference"
          ? preferenceScale.map((point) => ({ value: point.value, label: point[locale] }))
          : task.options.map((option) => ({ value: option.value, label: localized(locale, option, "label") }));
      return (
        <ChoiceField
          id={`field-${task.id}`}
          label={task.type === "preference" ? `${l.preference} (A ⟷ B)` : turnsBefore(undefined).length > 0 ? l.verdict : l.decision}
          choices={choices}
          value={(answer as { value?: number | string } | undefined)?.value}
          onChange={(value) => setAnswer({ value })}
          onFocus={() => api.focusField(task.id)}
          onMove={(direction) => api.move(task.id, direction)}
          error={api.errorFor(task.id)}
          fieldRef={api.register(task.id)}
        />
      );
    }
    case "ranking":
      return (
        <RankingField
          id={`field-${task.id}`}
          label={l.ranking}
          order={(answer as { order?: string[] } | undefined)?.order ?? task.responses}
          onChange={(order) => setAnswer({ order })}
          onFocus={() => api.focusField(task.id)}
          onMove={(direction) => api.move(task.id, direction)}
          responseLabel={(id) => interpolate(l.response, { id: id.toUpperCase() })}
          labels={{ up: l.moveUp, down: l.moveDown, rank: (index) => interpolate(l.rank, { index }) }}
          error={api.errorFor(task.id)}
          fieldRef={api.register(task.id)}
        />
      );
    case "audit":
      return (
        <AuditField
          id={`field-${task.id}`}
          title={l.audit}
          labeler={task.labeler}
          labels={task.labels}
          rules={task.rules}
          value={(answer as TAuditValue | undefined) ?? { wrong: [] }}
          onChange={setAnswer}
          onFocus={() => api.focusField(task.id)}
          onMove={(labelId, direction) => api.move(`${task.id}.${labelId}`, direction)}
          fieldRef={(labelId) => api.register(`${task.id}.${labelId}`)}
          error={api.errorFor(task.id)}
          zh={locale === "zh"}
          text={{
            theirLabel: l.auditTheirLabel,
            wrong: l.auditWrong,
            rule: l.auditRule,
            chooseRule: l.auditChooseRule,
            ruleOption: (rule) => interpolate(l.auditRuleOption, { rule }),
            value: l.auditValue,
            valueHint: l.auditValueHint,
            help: l.auditHelp,
          }}
        />
      );
    case "rewrite":
      return (
        <RewriteField
          id={`field-${task.id}`}
          label={task.mode === "write" ? l.writeAnswer : task.mode === "next" ? l.nextTurn : target ? interpolate(l.rewriteOf, { target }) : l.rewrite}
          original={task.original}
          value={(answer as { text?: string } | undefined)?.text ?? task.original}
          onChange={(text) => setAnswer({ text })}
          onFocus={() => api.focusField(task.id, undefined, task.turn, task.response)}
          error={api.errorFor(task.id)}
          fieldRef={api.register(task.id)}
          labels={{ preview: l.preview, diff: l.diff }}
        />
      );
  }
}
