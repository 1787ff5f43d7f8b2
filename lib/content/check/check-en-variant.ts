import path from "node:path";
import type { TFrontmatter } from "./frontmatter-positions";
import type { TProblem } from "./types";

const sharedKeys = ["module", "session", "order", "draft", "freePreview"] as const;
const defaults: Partial<Record<(typeof sharedKeys)[number], unknown>> = { draft: false, freePreview: false };

function readKey(data: unknown, key: string): unknown {
  return data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * An `.en.mdx` lesson must have a Chinese original and share its module, session, order, draft
 * and freePreview (its own required fields are validated like any lesson).
 */
export function checkEnVariant(enFile: string, zhData: unknown, zhExists: boolean, en: TFrontmatter, problems: TProblem[]): void {
  const zhName = path.basename(enFile).replace(/\.en\.mdx$/, ".mdx");
  if (!zhExists) {
    problems.push({ file: enFile, line: 1, column: 1, message: `English variant without a Chinese lesson: ${zhName} does not exist` });
    return;
  }
  if (zhData === null || en.data === null) return;
  for (const key of sharedKeys) {
    const zhValue = readKey(zhData, key) ?? defaults[key];
    const enValue = readKey(en.data, key) ?? defaults[key];
    if (zhValue !== enValue) {
      problems.push({
        file: enFile,
        ...en.locate([key]),
        message: `\`${key}\` is ${JSON.stringify(enValue)} here but ${JSON.stringify(zhValue)} in ${zhName}: the English variant must match`,
      });
    }
  }
}
