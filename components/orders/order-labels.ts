import { interpolate } from "@/lib/i18n/catalog";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TMyOrder } from "@/lib/orders/read-my-orders";

export function orderTitle(order: TMyOrder, m: TMessages, locale: TLocale): string {
  const zh = locale === "zh";
  return `${interpolate(m.catalog.cohortName, { number: order.cohort.number })} ${zh ? order.cohort.course.titleZh : order.cohort.course.titleEn} · ${zh ? order.cohort.campus.nameZh : order.cohort.campus.nameEn}`;
}

export function methodLabel(method: string | null, m: TMessages): string {
  if (!method) return "—";
  return (m.orders.methods as Record<string, string>)[method] ?? method;
}
