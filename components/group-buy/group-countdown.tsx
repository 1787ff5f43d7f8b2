"use client";

import { useEffect, useState } from "react";

function parts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    days: String(Math.floor(total / 86_400)),
    hours: pad(Math.floor((total % 86_400) / 3600)),
    minutes: pad(Math.floor((total % 3600) / 60)),
    seconds: pad(total % 60),
  };
}

/**
 * Time left until the group's deadline, ticking every second. The first render uses the
 * server's clock (no hydration mismatch); screen readers are not interrupted every second.
 */
export function GroupCountdown({
  deadline,
  serverNow,
  label,
  template,
  ended,
}: {
  deadline: string;
  serverNow: string;
  label: string;
  template: string;
  ended: string;
}) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => new Date(serverNow).getTime());
  useEffect(() => {
    const offset = new Date(serverNow).getTime() - Date.now();
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [serverNow]);
  const left = end - now;
  const p = parts(left);
  const text = template.replace(/\{(\w+)\}/g, (_, key: keyof typeof p) => p[key] ?? "");
  return (
    <p className="text-sm text-slate-600">
      {label}{" "}
      <span role="timer" aria-live="off" className="font-mono text-lg font-semibold text-slate-900" data-testid="group-countdown">
        {left > 0 ? text : ended}
      </span>
    </p>
  );
}
