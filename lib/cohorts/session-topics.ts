/** One session's topic, in Chinese (primary) and English. */
export type SessionTopic = { readonly zh: string; readonly en: string };

/**
 * The ten session topics of the "AI 训练师就业班" syllabus, in teaching order:
 * entry `i` is the topic of session `i + 1`. Frozen; always exactly 10 entries.
 */
export const sessionTopics: readonly SessionTopic[] = Object.freeze(
  [
    { zh: "AI 训练师的工作与标注规范", en: "The AI trainer's job and annotation guidelines" },
    {
      zh: "正确性、全面性评分与信源筛选、幻觉识别",
      en: "Scoring correctness and comprehensiveness, vetting sources, spotting hallucinations",
    },
    { zh: "单轮对话项目实训与长文本写作评判", en: "Single-turn project practice and judging long-form writing" },
    {
      zh: "多轮对话上下文、安全标注与 SFT 撰写",
      en: "Multi-turn context, safety labeling and writing SFT answers",
    },
    { zh: "多轮对话：意图漂移", en: "Multi-turn: intent drift" },
    { zh: "数学方向与 Reward 偏好标注", en: "Math solutions in LaTeX and reward preference labeling" },
    { zh: "偏好排序与 RAG 来源核验", en: "Preference ranking and checking RAG answers against sources" },
    { zh: "RAG 失效模式与 Python 入门", en: "RAG failure modes and Python basics" },
    { zh: "JSON/JSONL 数据检查、标注质量、规范变更与标注审核", en: "Checking JSON and JSONL data; label quality, guideline changes and label audits" },
    { zh: "求职：简历、试标与面试", en: "Career: résumé, trial tasks and interviews" },
  ].map((topic) => Object.freeze(topic)),
);
