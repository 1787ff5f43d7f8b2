import type { TLocale } from "./types";

export const schoolTimeZone = "Asia/Shanghai";

const intlLocale: Record<TLocale, string> = { zh: "zh-CN", en: "en-GB" };

/** Formats an integer amount of fen as CNY, e.g. 2299900 → "¥22,999.00". */
export function formatMoney(fen: number, locale: TLocale): string {
  if (!Number.isInteger(fen)) throw new Error(`Money must be integer fen, got ${fen}`);
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
  }).format(fen / 100);
}

/** Formats an instant in the school's time zone (Asia/Shanghai) unless another zone is given. */
export function formatDateTime(
  date: Date,
  locale: TLocale,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
  timeZone: string = schoolTimeZone,
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone }).format(date);
}

export function formatDate(date: Date, locale: TLocale, timeZone: string = schoolTimeZone): string {
  return formatDateTime(date, locale, { dateStyle: "long" }, timeZone);
}
