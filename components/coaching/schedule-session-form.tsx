"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { TActionState } from "@/lib/actions/types";

type TLabels = { date: string; time: string; duration: string; link: string; topic: string; submit: string; pending: string; success: string };

/** Schedules a one-to-one session: date and time in Beijing time, duration, optional https link and topic. */
export function ScheduleSessionForm<T>({
  action,
  assignmentId,
  labels,
  minDate,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  assignmentId: string;
  labels: TLabels;
  /** Today in Beijing time ("YYYY-MM-DD"), the earliest date the picker offers. */
  minDate: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = (name: string, fallback = "") => failed?.values[name] ?? fallback;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {failed && <FormAlert kind="error" message={failed.message} />}
      {state?.ok && <FormAlert kind="success" message={labels.success} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="date" type="date" label={labels.date} min={minDate} required defaultValue={value("date")} error={failed?.fieldErrors.date} />
        <TextField name="time" type="time" label={labels.time} required defaultValue={value("time", "20:00")} error={failed?.fieldErrors.time} />
        <TextField
          name="durationMinutes"
          type="number"
          label={labels.duration}
          min={15}
          max={240}
          step={15}
          required
          defaultValue={value("durationMinutes", "60")}
          error={failed?.fieldErrors.durationMinutes}
        />
      </div>
      <TextField
        name="onlineUrl"
        type="url"
        label={labels.link}
        placeholder="https://"
        defaultValue={value("onlineUrl")}
        error={failed?.fieldErrors.onlineUrl}
      />
      <TextField name="topic" label={labels.topic} maxLength={200} defaultValue={value("topic")} error={failed?.fieldErrors.topic} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  );
}
