"use client";

import { useEffect, useRef, useState } from "react";

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

/**
 * Time left until the server's deadline. The browser's clock is corrected by the difference to
 * the server's time at render, so a wrong local clock does not move the deadline; calls
 * `onElapsed` once at zero. The server enforces the deadline anyway.
 */
export function Countdown({ deadline, serverNow, label, onElapsed }: { deadline: string; serverNow: string; label: string; onElapsed: () => void }) {
  const offset = useRef<number | null>(null);
  const fired = useRef(false);
  const [left, setLeft] = useState(() => new Date(deadline).getTime() - new Date(serverNow).getTime());
  useEffect(() => {
    offset.current ??= new Date(serverNow).getTime() - Date.now();
    const tick = () => {
      const remaining = new Date(deadline).getTime() - (Date.now() + (offset.current ?? 0));
      setLeft(remaining);
      if (remaining <= 0 && !fired.current) {
        fired.current = true;
        onElapsed();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, serverNow, onElapsed]);
  return (
    <p className="text-lg font-semibold" data-testid="qualification-countdown">
      {label}:{" "}
      <span className={`tabular-nums ${left < 5 * 60_000 ? "text-red-700" : ""}`} role="timer" aria-live="off">
        {format(left)}
      </span>
    </p>
  );
}
