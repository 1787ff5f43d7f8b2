"use client";

import { useId, useState } from "react";
import { clsx } from "clsx";
import { interpolate } from "@/lib/i18n/interpolate";
import type { TMessages } from "@/lib/i18n/types";

/**
 * A single-choice question: native radio buttons in a radiogroup (arrow keys move between them),
 * a "Check" button, and the verdict + explanation in a polite live region. Without JavaScript the
 * answer and explanation sit in a <details> disclosure.
 */
export function Quiz({
  question,
  options,
  answer,
  explanation,
  labels,
}: {
  question: string;
  options: string[];
  answer: number;
  explanation?: string;
  labels: TMessages["mdx"]["quiz"];
}) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const [needChoice, setNeedChoice] = useState(false);
  const choices = Array.isArray(options) ? options : [];
  const correctText = choices[answer] ?? "";
  const isCorrect = checked !== null && checked === answer;

  const check = () => {
    if (choice === null) {
      setNeedChoice(true);
      return;
    }
    setNeedChoice(false);
    setChecked(choice);
  };

  return (
    <section aria-labelledby={`${id}-question`} className="mdx-quiz">
      <p className="mdx-quiz-label">{labels.label}</p>
      <p id={`${id}-question`} className="mdx-quiz-question">
        {question}
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-question`} className="space-y-2">
        {choices.map((option, index) => (
          <label key={index} className={clsx("mdx-quiz-option", choice === index ? "border-brand-600 bg-brand-50" : "border-slate-200 hover:bg-slate-50")}>
            <input
              type="radio"
              name={`${id}-options`}
              value={index}
              checked={choice === index}
              onChange={() => {
                setChoice(index);
                setNeedChoice(false);
              }}
              className="mdx-quiz-radio"
            />
            <span className="break-words">{option}</span>
          </label>
        ))}
      </div>
      <button type="button" onClick={check} className="mdx-quiz-check">
        {labels.check}
      </button>
      <div aria-live="polite" className="mt-3">
        {needChoice ? <p className="m-0 text-sm text-slate-700">{labels.chooseFirst}</p> : null}
        {checked !== null ? (
          <div
            className={clsx("rounded-md border px-3 py-2", isCorrect ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900")}
          >
            <p className="m-0 font-semibold">
              <span aria-hidden="true">{isCorrect ? "✓ " : "✗ "}</span>
              {isCorrect ? labels.correct : interpolate(labels.incorrect, { answer: correctText })}
            </p>
            {explanation ? (
              <p className="mt-1 mb-0 text-slate-800">
                <span className="font-semibold">{labels.explanation}</span>
                {explanation}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <noscript>
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">{labels.reveal}</summary>
          <p>{interpolate(labels.answer, { answer: correctText })}</p>
          {explanation ? <p>{explanation}</p> : null}
        </details>
      </noscript>
    </section>
  );
}
