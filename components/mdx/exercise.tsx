import { interpolate } from "@/lib/i18n/catalog";
import type { TMessages } from "@/lib/i18n/types";

/** Placeholder card for an embedded exercise; the exercises feature will replace this component. */
export function Exercise({ id, labels }: { id: string; labels: TMessages["mdx"]["exercise"] }) {
  return (
    <aside
      aria-label={labels.title}
      data-exercise-id={id}
      className="my-6 rounded-lg border-2 border-dashed border-slate-300 bg-slate-50 px-4 py-5 text-center"
    >
      <p className="m-0 text-sm font-bold text-slate-700">{labels.title}</p>
      <p className="m-0 mt-1 text-slate-700">{interpolate(labels.placeholder, { id })}</p>
    </aside>
  );
}
