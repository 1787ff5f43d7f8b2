import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { env } from "@/lib/env";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";

/**
 * An unknown or malformed certificate code (still a 404): says that this certificate was not found
 * and how to verify a genuine one, instead of the generic "page not found". A not-found boundary
 * receives no params, so the code is not repeated here.
 */
export default async function CertificateNotFound() {
  const { m } = await getMessages();
  const c = m.qualification.certificate;
  return (
    <section aria-labelledby="certificate-missing" className="mx-auto max-w-xl space-y-4 py-16 text-center" data-testid="certificate-not-found">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 id="certificate-missing" className="text-3xl font-bold text-slate-900">{c.notFoundTitle}</h1>
      <p className="text-slate-600">{interpolate(c.notFoundBody, { origin: env().APP_URL })}</p>
      <p className="text-slate-600">{c.notFoundContact}</p>
      <Link href="/" className={buttonClass("primary", "mt-4")}>{m.pages.backHome}</Link>
    </section>
  );
}
