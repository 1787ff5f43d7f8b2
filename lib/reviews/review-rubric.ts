/** One dimension of the rewrite review rubric: a 1…scale score, each point with an anchored description. */
export type TReviewDimension = {
  id: string;
  label: string;
  labelEn: string;
  scale: 5;
  /** anchors[n - 1] describes score n, in Chinese and English. */
  anchors: readonly { zh: string; en: string }[];
};

/**
 * The fixed rubric instructors use for rewrites and written turns. Exercise files carry rubrics for
 * judging model responses, not for a learner's own rewrite, so this one lives in code and is the
 * same for every item (scores stay comparable across sets).
 */
export const reviewRubric: readonly TReviewDimension[] = [
  {
    id: "accuracy",
    label: "准确性",
    labelEn: "Accuracy",
    scale: 5,
    anchors: [
      { zh: "保留或引入了明显错误，结论不可信", en: "Keeps or adds clear errors; the conclusion cannot be trusted" },
      { zh: "修正了部分错误，仍有影响结论的错误", en: "Fixes some errors; others still affect the conclusion" },
      { zh: "主要结论正确，细节有小错", en: "Main conclusion right; small errors in details" },
      { zh: "内容正确，个别表述不够严谨", en: "Correct; a few statements lack rigour" },
      { zh: "完全正确，每一处说法都经得起核查", en: "Fully correct; every claim holds up when checked" },
    ],
  },
  {
    id: "completeness",
    label: "完整性",
    labelEn: "Completeness",
    scale: 5,
    anchors: [
      { zh: "没有回答用户的问题", en: "Does not answer the user's question" },
      { zh: "遗漏了关键内容", en: "Leaves out key content" },
      { zh: "覆盖主要问题，缺少必要的说明或步骤", en: "Covers the main question; misses needed explanations or steps" },
      { zh: "基本完整，只缺次要信息", en: "Nearly complete; only minor information missing" },
      { zh: "完整回应了问题，步骤和检验齐全", en: "Answers the question fully, with every step and check" },
    ],
  },
  {
    id: "guidelines",
    label: "遵循规范",
    labelEn: "Guideline adherence",
    scale: 5,
    anchors: [
      { zh: "违反标注规范的核心要求（如安全、格式）", en: "Breaks core guideline rules (e.g. safety, format)" },
      { zh: "多处不符合规范", en: "Several departures from the guideline" },
      { zh: "大体符合规范，有几处疏漏", en: "Mostly follows the guideline, with a few slips" },
      { zh: "符合规范，仅有细微格式问题", en: "Follows the guideline; only tiny formatting issues" },
      { zh: "完全符合规范，可直接作为参考答案", en: "Fully follows the guideline; usable as a reference answer" },
    ],
  },
  {
    id: "clarity",
    label: "表达",
    labelEn: "Clarity",
    scale: 5,
    anchors: [
      { zh: "难以读懂", en: "Hard to understand" },
      { zh: "结构混乱或啰嗦", en: "Disorganised or wordy" },
      { zh: "能读懂，但条理或措辞有待改进", en: "Understandable; order or wording could be better" },
      { zh: "清楚、有条理", en: "Clear and well organised" },
      { zh: "简洁清楚，读者一遍就能看懂", en: "Concise and clear; readers get it on first read" },
    ],
  },
];
