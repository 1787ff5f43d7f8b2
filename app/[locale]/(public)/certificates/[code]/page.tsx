import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/qualification/print-button";
import { env } from "@/lib/env";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate } from "@/lib/i18n/format";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { readCertificate } from "@/lib/qualification/read-certificate";
import "@/components/qualification/certificate-print.css";
import { localized } from "@/lib/i18n/localized";

type TProps = { params: Promise<{ locale: string; code: string }> };

/** Cached per language (ISR); seat counts and prices are revalidated on change (lib/page-cache/revalidate-public-pages.ts), at the latest after this many seconds. */
export const revalidate = 30;
/** Nothing rendered at build time (the pages read the database): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [{ code }, { m }] = await Promise.all([params, messagesForParams(params)]);
  const certificate = await readCertificate(code);
  if (!certificate) return {};
  return { title: interpolate(m.qualification.certificate.pageTitle, { name: certificate.learnerName }), robots: { index: false } };
}

/** The public, printable completion certificate; its URL is the verification. 404 for unknown codes. */
export default async function CertificatePage({ params }: TProps) {
  const [{ code }, { m, locale }] = await Promise.all([params, messagesForParams(params)]);
  const certificate = await readCertificate(code);
  if (!certificate) notFound();
  const c = m.qualification.certificate;
  const url = `${env().APP_URL}/certificates/${certificate.code}`;
  return (
    <article data-certificate className="mx-auto max-w-3xl space-y-6 rounded-3xl border-4 border-double border-brand-600 p-8 text-center sm:p-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">{c.school}</p>
      <h1 className="text-3xl font-bold sm:text-4xl">{c.heading}</h1>
      <p className="text-slate-600">{c.certifies}</p>
      <p className="text-3xl font-bold" data-testid="certificate-name">
        {certificate.learnerName}
      </p>
      <p className="text-slate-600">{c.completed}</p>
      <p className="text-xl font-semibold">
        {localized(locale, certificate, "courseTitle")}
        {certificate.cohortNumber !== null && <> · {interpolate(c.cohort, { number: certificate.cohortNumber })}</>}
      </p>
      {certificate.qualificationPassedAt && <p>{interpolate(c.passedQualification, { date: formatDate(certificate.qualificationPassedAt, locale) })}</p>}
      <div className="space-y-1 border-t border-slate-200 pt-6 text-sm text-slate-700">
        <p>{interpolate(c.issuedOn, { date: formatDate(certificate.issuedAt, locale) })}</p>
        <p>{interpolate(c.code, { code: certificate.code })}</p>
        <p className="font-medium text-emerald-800" data-testid="certificate-verified">
          ✓ {c.verified}
        </p>
        <p>
          {c.verifyAt}{" "}
          <span className="break-all font-mono" data-testid="certificate-url">
            {url}
          </span>
        </p>
      </div>
      <PrintButton label={c.print} />
    </article>
  );
}
