"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TActionState } from "@/lib/actions/types";

type TMark = "PRESENT" | "LATE" | "ABSENT" | "EXCUSED";
const marks: readonly TMark[] = ["PRESENT", "LATE", "ABSENT", "EXCUSED"];

export type TAttendanceFormRow = { enrollmentId: string; name: string; legend: string; detail: string; mark: TMark | null; savedAt: string | null };

/**
 * One session's attendance: a radio group per learner (present / late / absent / excused) and one
 * save button. A learner left without a choice is not touched. Before the session starts only
 * "excused" can be chosen. Works without JavaScript.
 */
export function AttendanceForm<T>({
  action,
  sessionId,
  started,
  rows,
  labels,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  sessionId: string;
  started: boolean;
  rows: readonly TAttendanceFormRow[];
  labels: { marks: Record<TMark, string>; unmarked: string; save: string; working: string; saved: string; futureHint: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4" data-testid="attendance-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      {!started && (
        <p role="note" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          {labels.futureHint}
        </p>
      )}
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && <FormAlert kind="success" message={labels.saved} />}
      <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200">
        {rows.map((row) => (
          <li key={row.enrollmentId} className="p-3" data-testid="attendance-row">
            <fieldset className="flex flex-wrap items-center justify-between gap-3">
              <legend className="sr-only">{row.legend}</legend>
              <div aria-hidden="true">
                <p className="font-medium">{row.name}</p>
                <p className="text-xs text-slate-500">{row.detail}</p>
              </div>
              <div className="flex flex-wrap items-center gap-3">
                {marks.map((mark) => {
                  const id = `mark_${row.enrollmentId}_${mark}`;
                  return (
                    <span key={mark} className="inline-flex items-center gap-1">
                      <input
                        type="radio"
                        id={id}
                        name={`mark_${row.enrollmentId}`}
                        value={mark}
                        defaultChecked={row.mark === mark}
                        disabled={!started && mark !== "EXCUSED"}
                        className="size-4"
                      />
                      <label htmlFor={id} className="text-sm">
                        {labels.marks[mark]}
                      </label>
                    </span>
                  );
                })}
                <span className="text-xs text-slate-500" data-testid="attendance-saved">
                  {row.mark ? `${labels.marks[row.mark]}${row.savedAt ? ` · ${row.savedAt}` : ""}` : labels.unmarked}
                </span>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <SubmitButton label={labels.save} pendingLabel={labels.working} />
    </form>
  );
}
