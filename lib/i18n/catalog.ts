import { en } from "./messages/en";
import { zh } from "./messages/zh";
import type { TLocale, TMessages } from "./types";

const catalogs: Record<TLocale, TMessages> = { zh, en };

export function messagesFor(locale: TLocale): TMessages {
  return catalogs[locale];
}

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
