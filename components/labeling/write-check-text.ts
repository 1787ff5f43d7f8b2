import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TWriteCheckResult, TWriteFormat } from "@/lib/labeling/write-checks";

type TLabels = TMessages["labeling"]["writeChecks"];
/** A declared check as the grade stores it (without its why and rule), or as content declares it. */
export type TCheckRequirement = {
  kind: TWriteCheckResult["kind"];
  anyOf?: string[];
  min?: number;
  max?: number;
  format?: TWriteFormat;
  language?: "zh" | "en";
};

const isResult = (value: unknown): value is TWriteCheckResult => typeof value === "object" && value !== null && "kind" in value && "passed" in value;
const isRequirement = (value: unknown): value is TCheckRequirement => typeof value === "object" && value !== null && "kind" in value;

/** The title of a write-check field: its label (required point, forbidden content) or the kind's name. */
export function writeCheckTitle(requirement: unknown, label: string | undefined, labelEn: string | undefined, l: TLabels, locale: TLocale): string {
  const kind = isRequirement(requirement) ? requirement.kind : undefined;
  const kindName = kind ? l.kinds[kind] : "";
  const own = label === undefined ? undefined : localized(locale, { label, labelEn }, "label");
  return own ? `${kindName} · ${own}` : kindName;
}

/** One sentence saying what a write check measured against what it required, in the reader's language. */
export function describeWriteCheck(result: unknown, requirement: unknown, l: TLabels): string {
  if (!isResult(result) || !isRequirement(requirement)) return l.notAnswered;
  const items = (list: string[] | undefined) => (list ?? []).map((entry) => `“${entry}”`).join(" / ");
  switch (result.kind) {
    case "include":
      return result.passed ? interpolate(l.found, { items: items(result.matched) }) : interpolate(l.notFound, { items: items(requirement.anyOf) });
    case "exclude":
      return result.passed
        ? interpolate(l.forbiddenAbsent, { items: items(requirement.anyOf) })
        : interpolate(l.forbiddenFound, { items: items(result.matched) });
    case "length": {
      const { min, max } = requirement;
      const range =
        min !== undefined && max !== undefined
          ? interpolate(l.between, { min, max })
          : min !== undefined
            ? interpolate(l.atLeast, { min })
            : interpolate(l.atMost, { max: max ?? 0 });
      return interpolate(l.length, { count: result.count, range });
    }
    case "format": {
      const format = requirement.format ?? "list";
      if (format === "plain") return interpolate(l.plain, { found: result.found });
      return interpolate(l.format, { format: l.formats[format], found: result.found, min: requirement.min ?? 1 });
    }
    case "language":
      return interpolate(l.language, {
        detected: l.languages[result.detected],
        han: result.han,
        words: result.words,
        expected: l.languages[requirement.language ?? "zh"],
      });
  }
}
