import type { Metadata } from "next";
import { createCohortAction } from "@/lib/cohorts/actions";
import { CohortForm } from "@/components/staff/cohort-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { localDateOf } from "@/lib/cohorts/generate-sessions";
import { nextCohortDefaults } from "@/lib/cohorts/next-cohort-defaults";
import { getDb } from "@/lib/db";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { defaultRefundTerms } from "@/lib/refunds/refund-policy";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staffCohorts.create };
}

export default async function NewCohortPage() {
  const [, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/cohorts/new"), getMessages()]);
  const db = await getDb();
  const [course, campuses] = await Promise.all([
    db.course.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.campus.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } }),
  ]);
  const defaults = await nextCohortDefaults(db, course.id, localDateOf(new Date(), "Asia/Shanghai"));
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title={interpolate(m.staffCohorts.createTitle, { number: defaults.number })}>
        <p>{interpolate(m.staffCohorts.createIntro, { previous: defaults.number - 1 })}</p>
      </PageHeading>
      <CohortForm
        action={createCohortAction}
        hidden={{ courseId: course.id }}
        values={{
          ...defaults,
          groupSize: 3,
          groupBuyStartsAt: null,
          groupBuyEndsAt: null,
          enrollmentDeadline: null,
          refundTerms: defaultRefundTerms,
          disputeSeatRule: "KEEP",
          status: "DRAFT",
        }}
        campuses={campuses.map((c) => ({ id: c.id, name: localized(locale, c, "name") }))}
        m={m}
        submitLabel={m.staffCohorts.create}
        startDateEditable
      />
    </div>
  );
}
