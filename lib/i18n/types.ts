import type { zh } from "./messages/zh";

/** Replaces every string literal of the Chinese catalog by `string`, keeping the shape. */
type Widen<T> = T extends string ? string : T extends readonly (infer Item)[] ? readonly Widen<Item>[] : { readonly [Key in keyof T]: Widen<T[Key]> };

export type TMessages = Widen<typeof zh>;

export const locales = ["zh", "en"] as const;
export type TLocale = (typeof locales)[number];
export const defaultLocale: TLocale = "zh";

export function isLocale(value: unknown): value is TLocale {
  return value === "zh" || value === "en";
}
