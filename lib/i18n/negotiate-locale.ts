import { defaultLocale, isLocale, type TLocale } from "./types";

export const localeCookieName = "locale";

/**
 * Picks the UI language: the `locale` cookie wins (set by the language switch and by the account
 * preference), then the first supported language in Accept-Language, then Chinese.
 */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): TLocale {
  if (isLocale(cookieValue)) return cookieValue;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part) => {
        const [tag = "", ...params] = part.trim().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
      })
      .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const base = tag.split("-")[0];
      if (isLocale(base)) return base;
    }
  }
  return defaultLocale;
}
