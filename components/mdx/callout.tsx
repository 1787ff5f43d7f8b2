import type { ReactNode } from "react";
import { clsx } from "clsx";
import type { TMessages } from "@/lib/i18n/types";

export type TCalloutType = "note" | "tip" | "warning";

const styles: Record<TCalloutType, { box: string; icon: string; path: string }> = {
  note: {
    box: "border-sky-300 bg-sky-50",
    icon: "text-sky-700",
    path: "M12 8h.01M11 12h1v5h1M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18Z",
  },
  tip: {
    box: "border-emerald-300 bg-emerald-50",
    icon: "text-emerald-700",
    path: "M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.1 1 1.9V16h5v-.2c0-.8.4-1.5 1-1.9A6 6 0 0 0 12 3Z",
  },
  warning: {
    box: "border-amber-400 bg-amber-50",
    icon: "text-amber-800",
    path: "M12 9v4M12 17h.01M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z",
  },
};

/**
 * A boxed aside (role=note). The kind is conveyed by a visible word ("提示"/"Tip"…) and an icon,
 * not by colour alone. Unknown `type` values fall back to "note".
 */
export function Callout({
  type = "note",
  title,
  children,
  labels,
}: {
  type?: TCalloutType;
  title?: string;
  children?: ReactNode;
  labels: TMessages["mdx"]["callout"];
}) {
  const kind: TCalloutType = Object.hasOwn(styles, type) ? type : "note";
  const style = styles[kind];
  return (
    <div role="note" className={clsx("mdx-callout", style.box)}>
      <p className="mdx-callout-title">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className={clsx("mt-0.5 size-5 shrink-0", style.icon)}
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d={style.path} />
        </svg>
        <span>
          <span className={clsx("mr-2 text-sm font-bold", style.icon)}>{labels[kind]}</span>
          {title ? <span>{title}</span> : null}
        </span>
      </p>
      <div className="mdx-callout-body">{children}</div>
    </div>
  );
}
