/** competencies: the national standard 人工智能训练师 (4-04-05-05) on the course page and the learner's pages. */
export const zhCompetencies = {
  competencies: {
    pageTitle: "{course}：技能要求对照表",
    breadcrumb: "返回课程",
    summaryLink: "查看每项技能要求由哪些课时和练习训练",
    coverageTitle: "对应国家职业技能标准",
    coverageIntro:
      "本课程按《国家职业技能标准 人工智能训练师（2021年版）》（职业编码 4-04-05-05）五级和四级的技能要求设计。下表列出每项技能要求由哪些课时和练习训练；表述为本校对标准的概括。",
    levelCovered: "{level}：覆盖 {covered} / {total} 项技能要求",
    code: "编号",
    skill: "技能要求",
    trainedBy: "训练它的课时与练习",
    notCovered: "本课程未覆盖",
    lesson: "课时",
    set: "练习",
    learnerTitle: "我的技能要求达成情况",
    learnerIntro: "练过：在标注了该技能要求的练习中答过至少一道题。达标：答过至少 {minItems} 道不同的题，且每题最近一次作答的平均得分率不低于 {accuracy}。",
    items: "已答题数",
    accuracy: "平均得分率",
    status: "状态",
    met: "达标",
    practised: "练过，未达标",
    notPractised: "未练习",
    summary: "已达标 {met} 项，练过 {practised} 项，共 {total} 项",
  },
} as const;
