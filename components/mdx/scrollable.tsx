import type { ComponentProps } from "react";
import { clsx } from "clsx";

/**
 * Code block that scrolls sideways on narrow screens; focusable (tabIndex=0) and named so that
 * keyboard users can scroll it too.
 */
export function Pre({ className, label, ...props }: ComponentProps<"pre"> & { label: string }) {
  return <pre {...props} role="group" tabIndex={0} aria-label={label} className={clsx("mdx-pre", className)} />;
}

/** A Markdown table wrapped in a focusable, horizontally scrolling region. */
export function Table({ label, ...props }: ComponentProps<"table"> & { label: string }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className="mdx-table-scroll">
      <table {...props} />
    </div>
  );
}
