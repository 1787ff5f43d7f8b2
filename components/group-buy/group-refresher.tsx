"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-reads the page from the server every `everyMs` for up to `forMs`: new members, a payment confirmed, the outcome. */
export function GroupRefresher({ everyMs, forMs }: { everyMs: number; forMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > forMs) return clearInterval(timer);
      router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [everyMs, forMs, router]);
  return null;
}
