"use client";

import { createContext, useActionState, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import type { TActionState } from "@/lib/actions/types";

type TAnnounce = (message: string) => void;

const NoticeContext = createContext<TAnnounce | null>(null);

/**
 * The page's status region for what an action has done. A confirmation given inside a card or a
 * row would vanish with it once the action moves that card away (an approved refund leaves the
 * pending list, a settled group leaves the open ones); here it stays, above the page's content and
 * pinned to the top of the screen, announced politely to screen readers, until dismissed or until
 * the reader goes to another page. It stands just before <main> (outside it, so a page's own
 * status messages stay the only ones inside main).
 */
export function ActionNotices({ label, dismissLabel, children }: { label: string; dismissLabel: string; children: ReactNode }) {
  const pathname = usePathname();
  // Each notice remembers the page it was said on: another page shows none of them.
  const [all, setNotices] = useState<{ id: number; path: string; message: string }[]>([]);
  const nextId = useRef(0);
  const announce = useCallback<TAnnounce>(
    (message) => {
      nextId.current += 1;
      const id = nextId.current;
      setNotices((current) =>
        [...current.filter((notice) => notice.path === pathname && notice.message !== message), { id, path: pathname, message }].slice(-3),
      );
    },
    [pathname],
  );
  const notices = all.filter((notice) => notice.path === pathname);
  return (
    <NoticeContext.Provider value={announce}>
      {/* Always in the page (empty until something happens), so screen readers announce what is added. */}
      <div
        role="status"
        aria-live="polite"
        aria-label={label}
        className="sticky top-2 z-30 mx-auto w-full max-w-6xl space-y-2 px-4"
        data-testid="action-notices"
      >
        {notices.map((notice) => (
          <p
            key={notice.id}
            className="flex items-start justify-between gap-3 rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800 shadow-sm"
            data-testid="action-notice"
          >
            <span>{notice.message}</span>
            <button
              type="button"
              className="min-h-6 shrink-0 px-1 font-semibold"
              aria-label={`${dismissLabel}: ${notice.message}`}
              onClick={() => setNotices((current) => current.filter((other) => other.id !== notice.id))}
            >
              ×
            </button>
          </p>
        ))}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

type TAction<T> = (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;

/**
 * useActionState for an action whose success should outlive its form: when the action succeeds,
 * `successMessage(data, formData)` goes to the page's status region (ActionNotices) as the result
 * arrives, so it is said even when the same update removes the card that held the form. Without a
 * region above, `inline` is true and the form shows `message` itself.
 */
export function useAnnouncedAction<T>(action: TAction<T>, successMessage: ((data: T, formData: FormData) => string) | undefined) {
  const announce = useContext(NoticeContext);
  const [message, setMessage] = useState<string | null>(null);
  const [state, dispatch] = useActionState<TActionState<T>, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    const said = result?.ok && successMessage ? successMessage(result.data, formData) : null;
    setMessage(said);
    if (said && announce) announce(said);
    return result;
  }, null);
  return { state, dispatch, inline: announce === null, message };
}
