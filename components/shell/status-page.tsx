import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";

/** The body of the 404, 403 and error pages. */
export function StatusPage({ code, title, body, homeLabel }: { code: string; title: string; body: string; homeLabel: string }) {
  return (
    <section aria-labelledby="status-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 id="status-title" className="mt-2 text-3xl font-bold text-slate-900">
        {title}
      </h1>
      <p className="mt-4 text-slate-600">{body}</p>
      <Link href="/" className={buttonClass("primary", "mt-8")}>
        {homeLabel}
      </Link>
    </section>
  );
}
