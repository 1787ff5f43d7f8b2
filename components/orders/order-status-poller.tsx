"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While an order waits for Stripe's confirmation, asks the server every 1.5 s (for up to three
 * minutes) and refreshes the page when the status changes; once enrolled, goes to the dashboard.
 */
export function OrderStatusPoller({ orderId, status, toDashboardWhenEnrolled }: { orderId: string; status: string; toDashboardWhenEnrolled: boolean }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const started = Date.now();
    const poll = async () => {
      if (stopped || Date.now() - started > 180_000) return;
      try {
        const response = await fetch(`/api/orders/${orderId}`, { cache: "no-store" });
        if (response.ok) {
          const body = (await response.json()) as { status: string; enrolled: boolean };
          if (body.enrolled && toDashboardWhenEnrolled) return router.replace("/learn?enrolled=1");
          if (body.status !== status) return router.refresh();
        }
      } catch {
        // A network blip: try again on the next tick.
      }
      setTimeout(poll, 1500);
    };
    const timer = setTimeout(poll, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [orderId, status, router, toDashboardWhenEnrolled]);
  return null;
}
