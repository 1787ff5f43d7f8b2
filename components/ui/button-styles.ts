import { clsx } from "clsx";

/** Class names shared by buttons and links that look like buttons. */
export function buttonClass(variant: "primary" | "secondary" | "ghost" = "primary", extra?: string): string {
  return clsx(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition disabled:cursor-not-allowed disabled:opacity-60",
    variant === "primary" && "bg-brand-600 text-white hover:bg-brand-700",
    variant === "secondary" && "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50",
    variant === "ghost" && "text-slate-700 hover:bg-slate-100",
    extra,
  );
}
