import { en } from "./messages/en";
import { zh } from "./messages/zh";
import type { TLocale, TMessages } from "./types";

const catalogs: Record<TLocale, TMessages> = { zh, en };

export function messagesFor(locale: TLocale): TMessages {
  return catalogs[locale];
}

export { interpolate } from "./interpolate";
