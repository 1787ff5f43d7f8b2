import type { TLocale } from "./types";

/** Fields that come as a pair on one object: `nameZh` + `nameEn`, or `title` + `titleEn`. */
type TPairField<T> = {
  [K in keyof T & string]: K extends `${infer Base}Zh` ? (`${Base}En` extends keyof T ? Base : never) : `${K}En` extends keyof T ? K : never;
}[keyof T & string];

type TChinese<T, F extends string> = `${F}Zh` extends keyof T ? T[`${F}Zh`] : F extends keyof T ? T[F] : never;
type TEnglish<T, F extends string> = `${F}En` extends keyof T ? T[`${F}En`] : never;

/**
 * The one way to show a value written in both languages: `localized(locale, campus, "name")`
 * reads `nameZh` / `nameEn`, `localized(locale, set, "title")` reads `title` / `titleEn`. English
 * falls back to the Chinese value when a translation is missing (content may not have one yet).
 */
export function localized<T extends object, F extends TPairField<T>>(locale: TLocale, value: T, field: F): TChinese<T, F> | NonNullable<TEnglish<T, F>> {
  const record = value as Record<string, unknown>;
  const chinese = `${field}Zh` in record ? record[`${field}Zh`] : record[field];
  if (locale === "zh") return chinese as TChinese<T, F>;
  return (record[`${field}En`] ?? chinese) as NonNullable<TEnglish<T, F>>;
}
