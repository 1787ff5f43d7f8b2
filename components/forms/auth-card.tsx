import type { ReactNode } from "react";

/** The narrow centred card that holds the sign-in, sign-up and reset forms. */
export function AuthCard({ title, intro, children, footer }: { title: string; intro?: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <section aria-labelledby="auth-title" className="mx-auto w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 id="auth-title" className="text-2xl font-bold text-slate-900">
        {title}
      </h1>
      {intro && <p className="mt-2 text-sm text-slate-600">{intro}</p>}
      <div className="mt-6">{children}</div>
      {footer && <div className="mt-6 space-y-2 border-t border-slate-100 pt-4 text-sm text-slate-600">{footer}</div>}
    </section>
  );
}
