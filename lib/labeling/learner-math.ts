import katex, { type KatexOptions } from "katex";

/** Largest explicit size (in em) a learner's formula may use; KaTeX caps larger ones to this. */
export const maxLearnerMathEm = 5;
/** Longest formula typeset; longer ones are shown as text. */
export const maxLearnerFormulaLength = 1_000;

/**
 * KaTeX options for text a learner wrote (rewrites, previews on the learner's and the reviewer's
 * pages): no links, HTML, classes or styles from the text (`trust: false`), sizes capped
 * (`maxSize`), macro expansion bounded (`maxExpand`), non-LaTeX input tolerated (`strict`).
 */
export const learnerKatexOptions = {
  trust: false,
  strict: "ignore",
  maxSize: maxLearnerMathEm,
  maxExpand: 200,
  output: "html",
} as const satisfies KatexOptions;

/** Points per unit, as TeX and KaTeX count them; 1em = 10pt at the base size. */
const ptPerUnit: Record<string, number> = {
  pt: 1,
  mm: 7227 / 2540,
  cm: 7227 / 254,
  in: 72.27,
  bp: 803 / 800,
  pc: 12,
  dd: 1238 / 1157,
  cc: 14856 / 1157,
  nd: 685 / 642,
  nc: 1370 / 107,
  sp: 1 / 65536,
  px: 803 / 800,
  em: 10,
  ex: 4.31,
  mu: 10 / 18,
};
const explicitSize = /([-+\s]*)(\d+\.?\d*|\.\d+)\s*(pt|mm|cm|in|bp|pc|dd|cc|nd|nc|sp|px|em|ex|mu)(?![a-z])/g;

/**
 * Why a formula is refused before typesetting, or null. KaTeX's maxSize caps sizes but not
 * negative ones (\rule[-300em]…, \raisebox{-300em}, \kern-300em move boxes 300em away), so any
 * explicit size larger than the cap either way is refused, as is a very long formula.
 */
export function learnerFormulaProblem(formula: string): string | null {
  if (formula.length > maxLearnerFormulaLength) return `Formula longer than ${maxLearnerFormulaLength} characters`;
  for (const match of formula.matchAll(explicitSize)) {
    const em = (Number(match[2]) * ptPerUnit[match[3]!]!) / 10;
    if (em > maxLearnerMathEm) return `Size ${match[0].trim()} exceeds ${maxLearnerMathEm}em`;
  }
  return null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** HTML of one learner formula: typeset within the limits, or shown as text with the reason. */
export function renderLearnerMath(formula: string, displayMode: boolean): string {
  const problem = learnerFormulaProblem(formula);
  if (problem) return `<span class="katex-error" title="${escapeHtml(problem)}">${escapeHtml(formula)}</span>`;
  return katex.renderToString(formula, { ...learnerKatexOptions, displayMode, throwOnError: false });
}
