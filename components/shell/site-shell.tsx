import type { ReactNode } from "react";
import { ActionNotices } from "@/components/ui/action-notices";
import { localInboxIsOpen } from "@/lib/mail/local-inbox";
import type { TMessages } from "@/lib/i18n/types";
import { SiteFooter } from "./site-footer";

/**
 * The frame of every page: its header, the main column (with the notices of actions when the page
 * can show them) and the footer. The layouts differ only in the header they pass: the user's menu
 * (per request), none (cached public pages) or the reader's island (prerendered lessons).
 */
export function SiteShell({ header, m, notices, children }: { header: ReactNode; m: TMessages; notices: boolean; children: ReactNode }) {
  const main = (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
      {children}
    </main>
  );
  return (
    <>
      {header}
      {notices ? (
        <ActionNotices label={m.nav.notices} dismissLabel={m.nav.dismissNotice}>
          {main}
        </ActionNotices>
      ) : (
        main
      )}
      <SiteFooter m={m} showDevMail={localInboxIsOpen()} year={new Date().getFullYear()} />
    </>
  );
}
