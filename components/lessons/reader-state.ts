import { useSyncExternalStore } from "react";
import type { Role } from "@/lib/generated/prisma/enums";

/** What GET /api/lessons/state answers: the reader's state of the lesson on screen, and who they are. */
export type TReaderState = { readable: boolean; completed: boolean; position: number; user: { name: string; email: string; role: Role } };
export type TReaderStatus = { kind: "loading" } | { kind: "ready"; state: TReaderState } | { kind: "failed" };

const loading: TReaderStatus = { kind: "loading" };
let current: { key: string; status: TReaderStatus } = { key: "", status: loading };
const listeners = new Set<() => void>();

function publish(key: string, status: TReaderStatus) {
  if (current.key !== key) return;
  current = { key, status };
  for (const listener of listeners) listener();
}

/**
 * Leaves a prerendered page for the checked path (replacing it in history). Once per target within
 * a few seconds: should the server keep answering the same, the page stays as it is rather than loop.
 */
function leave(to: string, key: string): void {
  const mark = "reader-state-left";
  try {
    const last = JSON.parse(window.sessionStorage.getItem(mark) ?? "null") as { to: string; at: number } | null;
    if (last && last.to === to && Date.now() - last.at < 5000) return publish(key, { kind: "failed" });
    window.sessionStorage.setItem(mark, JSON.stringify({ to, at: Date.now() }));
  } catch {
    // No session storage (private mode): leave anyway.
  }
  window.location.replace(to);
}

/**
 * Asks the server for the reader's state of a lesson (once per lesson shown). The answer renews the
 * grant that lets the next lessons be served prerendered. When the lesson is no longer readable
 * (its grant has just been cleared), the page is loaded again through the checked page, which
 * shows the lock; when the session is over, the reader is sent to sign in.
 */
export function loadReaderState(courseSlug: string, lessonSlug: string): void {
  const key = `${courseSlug}/${lessonSlug}`;
  if (current.key === key && current.status.kind !== "failed") return;
  current = { key, status: loading };
  for (const listener of listeners) listener();
  const query = new URLSearchParams({ course: courseSlug, lesson: lessonSlug });
  const here = window.location.pathname;
  fetch(`/api/lessons/state?${query}`, { cache: "no-store", credentials: "same-origin" })
    .then(async (response) => {
      if (response.status === 401) return leave(`/sign-in?next=${encodeURIComponent(here)}`, key);
      if (response.status === 403 || response.status === 404) return leave(here, key);
      if (!response.ok) return publish(key, { kind: "failed" });
      const state = (await response.json()) as TReaderState;
      if (!state.readable) return leave(here, key);
      publish(key, { kind: "ready", state });
    })
    .catch(() => publish(key, { kind: "failed" }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The state of the lesson on screen (loading until loadReaderState's answer arrives). */
export function useReaderStatus(): TReaderStatus {
  return useSyncExternalStore(
    subscribe,
    () => current.status,
    () => loading,
  );
}
