/** Longest "right value" a learner may type for an audited label, in characters (Unicode code points). */
export const maxAuditValueLength = 100;

/** Words that all mean "nothing here" (no flag, nothing to cite): any of them matches any other. */
const nothingWords = new Set(["无", "没有", "none", "无标记", "无需标记", "不勾", "-"]);

/**
 * The comparable form of a typed or gold value: NFKC (full-width digits, letters and punctuation become
 * half-width: "１–２" → "1–2", "（" → "("), lower case, no whitespace, every dash, tilde and 至/到 between
 * digits made "-", trailing full stops dropped, and a trailing 分 after a number ("4 分") dropped.
 */
export function normalizeAuditValue(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[‐‑‒–—―−~〜～]/g, "-")
    .replace(/(\d)[至到](\d)/g, "$1-$2")
    .replace(/[。.]+$/, "")
    .replace(/^(\d+(?:-\d+)?)分$/, "$1");
}

/** What a gold value accepts: itself, its head before an explanation ("2.2，但理由应改为…" → "2.2"), and the parts of "幻觉/编造". */
function acceptedForms(fix: string): string[] {
  const full = normalizeAuditValue(fix);
  const head = full.split(/[(,;:]/)[0] ?? full;
  const forms = [full, head];
  if (!/\d/.test(head) && head.includes("/")) forms.push(...head.split("/").filter((part) => part.length > 0));
  return forms;
}

/**
 * Whether the value a learner typed for a label they marked wrong is the gold `fix`, compared fairly:
 * both normalised (`normalizeAuditValue`: width, case, spaces, dashes, "分"); the gold's head before a
 * bracket or comma suffices (the rest explains); one name of a flag written "a/b" suffices; a gold
 * score range "1–2" accepts either score in it or the range itself; every "nothing" word matches another.
 * An empty value never matches.
 */
export function matchesAuditFix(given: string, fix: string): boolean {
  const typed = normalizeAuditValue(given);
  if (typed === "") return false;
  const forms = acceptedForms(fix);
  if (forms.includes(typed)) return true;
  if (nothingWords.has(typed) && forms.some((form) => nothingWords.has(form))) return true;
  const range = /^(\d+)-(\d+)$/.exec(forms[1] ?? "");
  if (range && /^\d+$/.test(typed)) {
    const score = Number(typed);
    return score >= Number(range[1]) && score <= Number(range[2]);
  }
  return false;
}
