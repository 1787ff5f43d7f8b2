"use client";

import Link from "next/link";
import { useReaderStatus } from "@/components/lessons/reader-state";
import { AccountMenu, RoleNavItems, headerLinkClass, type TAccountLabels } from "./account-items";

/** On a prerendered lesson page: the reader's navigation items, once their state has arrived. */
export function ReaderNavItems({ labels }: { labels: TAccountLabels }) {
  const status = useReaderStatus();
  return status.kind === "ready" ? <RoleNavItems role={status.state.user.role} labels={labels} /> : null;
}

/** On a prerendered lesson page: the reader's account menu, once their state has arrived (a link to the account page until then). */
export function ReaderAccountMenu({ labels }: { labels: TAccountLabels }) {
  const status = useReaderStatus();
  if (status.kind === "ready") return <AccountMenu user={status.state.user} labels={labels} />;
  return (
    <Link className={headerLinkClass} href="/account">
      {labels.accountMenu}
    </Link>
  );
}
