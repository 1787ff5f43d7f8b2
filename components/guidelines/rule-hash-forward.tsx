"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The rule this document last forwarded to. Next.js's router keeps the fragment an address had
 * when it first showed the index, and brings it back on the next link to the index: without this,
 * "back to the index" from the chapter would forward to the chapter again.
 */
let lastForwarded: string | null = null;

/**
 * On a rule document's index: an address naming a rule (`…/guidelines/general#rule-2-1`, as
 * RuleLink and older bookmarks write it) goes on to that rule in its chapter's page. The index
 * lists each rule as an element with the rule's id around a link to it.
 */
export function RuleHashForward() {
  const router = useRouter();
  useEffect(() => {
    const forward = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("rule-") || id === lastForwarded) return;
      const href = document.getElementById(id)?.querySelector("a[href]")?.getAttribute("href");
      if (!href) return;
      lastForwarded = id;
      router.replace(href);
    };
    forward();
    window.addEventListener("hashchange", forward);
    return () => window.removeEventListener("hashchange", forward);
  }, [router]);
  return null;
}
