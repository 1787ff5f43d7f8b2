import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staff.title };
}

export default async function StaffHomePage() {
  const [, { m }] = await Promise.all([requireRole(["STAFF"], "/staff"), getMessages()]);
  return (
    <>
      <PageHeading title={m.staff.title}><p>{m.staff.intro}</p></PageHeading>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li><Link href="/staff/group-buys" className="block rounded-2xl border border-slate-200 p-5 font-semibold text-brand-700 underline">{m.groupBuy.staffTitle}</Link></li>
      </ul>
    </>
  );
}
