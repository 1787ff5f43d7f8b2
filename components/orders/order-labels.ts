import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TMyOrder } from "@/lib/orders/read-my-orders";
import { localized } from "@/lib/i18n/localized";

export function orderTitle(order: TMyOrder, m: TMessages, locale: TLocale): string {
  return `${interpolate(m.catalog.cohortName, { number: order.cohort.number })} ${localized(locale, order.cohort.course, "title")} · ${localized(locale, order.cohort.campus, "name")}`;
}

export function methodLabel(method: string | null, m: TMessages): string {
  if (!method) return "—";
  return (m.orders.methods as Record<string, string>)[method] ?? method;
}
