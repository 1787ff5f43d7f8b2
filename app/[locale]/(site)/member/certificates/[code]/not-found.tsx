import { LocalizedStatusPage } from "@/components/shell/localized-status-page";
import { env } from "@/lib/env";
import { interpolate, messagesFor } from "@/lib/i18n/catalog";

const texts = (locale: "zh" | "en") => {
  const m = messagesFor(locale);
  const c = m.qualification.certificate;
  return { title: c.notFoundTitle, body: interpolate(c.notFoundBody, { origin: env().APP_URL }), extra: c.notFoundContact, homeLabel: m.pages.backHome };
};

/**
 * An unknown or malformed certificate code (still a 404): says that this certificate was not found
 * and how to verify a genuine one, instead of the generic "page not found". A not-found boundary
 * receives no params, so the code is not repeated here; both languages' strings go along and the
 * URL's language picks one (the page is cached, nothing here reads the request).
 */
export default function CertificateNotFound() {
  return <LocalizedStatusPage code="404" testId="certificate-not-found" texts={{ zh: texts("zh"), en: texts("en") }} />;
}
