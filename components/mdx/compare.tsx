import type { ReactNode } from "react";

/** Two (or more) `<CompareSide>`s side by side from the `md` breakpoint, stacked on phones. */
export function Compare({ children, label }: { children?: ReactNode; label: string }) {
  return (
    <div role="group" aria-label={label} className="my-6 grid gap-4 md:grid-cols-2">
      {children}
    </div>
  );
}

/** One side of a `<Compare>`: a bordered column with a visible title that also names the region. */
export function CompareSide({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <section aria-label={title} className="mdx-compare-side">
      <p className="mdx-compare-title">{title}</p>
      <div className="mdx-compare-body">{children}</div>
    </section>
  );
}
