import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.teach.title };
}

export default async function TeachPage() {
  const [, { m }] = await Promise.all([requireRole(["INSTRUCTOR"], "/teach"), getMessages()]);
  return (
    <>
      <PageHeading title={m.teach.title}>
        <p>{m.teach.intro}</p>
      </PageHeading>
      <Link className="font-semibold text-brand-700 underline" href="/teach/courses/ai-trainer">
        {m.preview.title}
      </Link>
      <p className="mt-3">
        <Link className="font-semibold text-brand-700 underline" href="/teach/classes">
          {m.rosters.myClasses}
        </Link>
      </p>
      <p className="mt-3">
        <Link className="font-semibold text-brand-700 underline" href="/teach/reviews">
          {m.reviews.queueLink}
        </Link>
      </p>
      <p className="mt-3">
        <Link className="font-semibold text-brand-700 underline" href="/teach/exports">
          {m.exports.link}
        </Link>
      </p>
      <p className="mt-3">
        <Link className="font-semibold text-brand-700 underline" href="/teach/analytics">
          {m.analytics.title}
        </Link>
      </p>
    </>
  );
}
