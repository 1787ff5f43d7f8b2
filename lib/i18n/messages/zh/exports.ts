/** exports: downloading a cohort's labels as training data (instructors and staff). */
export const zhExports = {
  exports: {
    title: "导出标注数据",
    link: "导出标注数据",
    intro: "按期次下载学员的标注，用作训练数据。讲师只能导出自己所带班级的学员，教务与管理员可导出整期。只含练习作答，不含资格考试。每次导出都会记入操作日志。",
    cohortLabel: "期次",
    choose: "选择",
    noCohorts: "暂无可导出的期次。",
    filesTitle: "{cohort} 的导出文件",
    inScope: "可导出 {answers} 条练习作答，来自 {learners} 位学员。",
    nothingYet: "这一期还没有可导出的练习作答：下载的文件将只有表头或为空。",
    pseudonymNote: "学员以化名（如 L-3f9a…）出现：同一期内同一学员的化名固定，可跨文件关联；不同期次化名不同，无法反查身份。",
    download: "下载",
    kinds: {
      raw: {
        label: "原始标注（JSONL）",
        description:
          "每次作答一行：题目、学员化名、规范版本、提交时间、得分、讲师批改结果及批改时间和全部答案；包含所有尝试，attempt 为第几次，latest 标出计分的那一次。",
      },
      preferencePairs: {
        label: "偏好对（JSONL）",
        description: "取每位学员最新一次作答的两两比较与排序，生成 {prompt, chosen, rejected}；排序拆成所有两两组合，打平的比较不导出。",
      },
      sft: { label: "监督微调数据（JSONL）", description: "只取讲师判为“通过”的改写，生成 {messages}；多轮对话的改写带上该轮之前的对话。" },
      scores: { label: "得分表（CSV）", description: "每位学员每道题最新一次作答的得分和各维度评分，可用 Excel 直接打开。" },
    },
    identitiesTitle: "包含真实身份（仅教务）",
    identitiesWarning: "以下文件包含学员的姓名和邮箱，属于个人信息。只在确有必要时下载，不要用于训练或外传；下载会以“含身份”记入操作日志。",
    downloadWithIdentities: "下载（含身份）",
  },
} as const;
