import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staff.title };
}

export default async function StaffHomePage() {
  const [, { m }] = await Promise.all([requireRole(["STAFF"], "/staff"), getMessages()]);
  return <PageHeading title={m.staff.title}><p>{m.staff.intro}</p></PageHeading>;
}
