import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.learn.title };
}

export default async function LearnerDashboardPage() {
  const [user, { m }] = await Promise.all([requireUser("/learn"), getMessages()]);
  return (
    <>
      <PageHeading title={m.learn.title}>
        <p>{interpolate(m.learn.welcome, { name: user.name })}</p>
      </PageHeading>
      <div className="rounded-2xl border border-dashed border-slate-300 p-8 text-center">
        <p className="text-slate-600">{m.learn.empty}</p>
        <Link href="/courses" className={buttonClass("primary", "mt-4")}>{m.learn.browse}</Link>
      </div>
    </>
  );
}
