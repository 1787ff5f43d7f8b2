"use client";

import { useState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import type { TActionState } from "@/lib/actions/types";
import { completeLessonAction } from "@/lib/lessons/actions";

export type TLessonCompletionLabels = { completed: string; markComplete: string; markedComplete: string; working: string };

/** "✓ Completed", or the button that marks the lesson completed (and then says so, without reloading the page). */
export function LessonCompletion({
  courseSlug,
  lessonSlug,
  completed,
  labels,
}: {
  courseSlug: string;
  lessonSlug: string;
  completed: boolean;
  labels: TLessonCompletionLabels;
}) {
  const [done, setDone] = useState(false);
  if (completed || done) {
    return (
      <p role="status" className="font-semibold text-green-800">
        ✓ {labels.completed}
      </p>
    );
  }
  const complete = async (previous: TActionState<{ completed: boolean }>, formData: FormData) => {
    const result = await completeLessonAction(previous, formData);
    if (result?.ok) setDone(true);
    return result;
  };
  return (
    <ActionButton
      action={complete}
      hidden={{ courseSlug, lessonSlug }}
      label={labels.markComplete}
      pendingLabel={labels.working}
      successMessage={labels.markedComplete}
    />
  );
}
