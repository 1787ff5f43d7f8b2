/** The flags a learner may raise on a response or a turn, with their labels. */
export const flagCatalog = {
  hallucination: { zh: "幻觉/编造", en: "Hallucination" },
  unsafe: { zh: "不安全", en: "Unsafe" },
  off_topic: { zh: "答非所问", en: "Off-topic" },
  wrong_refusal: { zh: "错误拒答", en: "Refuses wrongly" },
  unsupported: { zh: "无来源支持", en: "Unsupported by sources" },
  contradicted: { zh: "与来源矛盾", en: "Contradicts the sources" },
  outdated: { zh: "时效性问题", en: "Outdated" },
  math_error: { zh: "计算或推理错误", en: "Math or reasoning error" },
  latex_error: { zh: "LaTeX 书写问题", en: "LaTeX problem" },
  format_issue: { zh: "格式问题", en: "Format problem" },
  intent_drift: { zh: "意图漂移", en: "Intent drift" },
  context_loss: { zh: "上下文丢失", en: "Context loss" },
  inconsistent: { zh: "前后不一致", en: "Inconsistent" },
} as const;

export type TFlag = keyof typeof flagCatalog;
export const flagIds = Object.keys(flagCatalog) as TFlag[];

/** Flags that point back at an earlier turn of the dialogue (which turn was drifted from or lost). */
export const flagsWithReference: readonly TFlag[] = ["intent_drift", "context_loss", "inconsistent"];

/** Preference scale: −3 "A much better" … 0 "about the same" … +3 "B much better". */
export const preferenceScale = [
  { value: -3, zh: "A 好很多", en: "A much better" },
  { value: -2, zh: "A 较好", en: "A better" },
  { value: -1, zh: "A 略好", en: "A slightly better" },
  { value: 0, zh: "差不多", en: "About the same" },
  { value: 1, zh: "B 略好", en: "B slightly better" },
  { value: 2, zh: "B 较好", en: "B better" },
  { value: 3, zh: "B 好很多", en: "B much better" },
] as const;
