/** competencies: the national standard 人工智能训练师 (4-04-05-05) on the course page and the learner's pages. */
export const enCompetencies = {
  competencies: {
    pageTitle: "{course}: skill requirements",
    breadcrumb: "Back to the course",
    summaryLink: "See which lessons and practice sets train each skill requirement",
    coverageTitle: "Mapped to the national occupational standard",
    coverageIntro:
      "This course follows the skill requirements of levels 5 and 4 of China's national occupational standard for AI trainers (人工智能训练师, 2021 edition, occupation code 4-04-05-05). The table shows which lessons and practice sets train each one; the wording is our summary of the standard.",
    levelCovered: "{level}: {covered} of {total} skill requirements covered",
    code: "Code",
    skill: "Skill requirement",
    trainedBy: "Trained by",
    notCovered: "Not covered by this course",
    lesson: "Lesson",
    set: "Practice",
    learnerTitle: "My skill requirements",
    learnerIntro:
      "Practised: at least one item answered in a practice set tagged with the requirement. Met: at least {minItems} different items answered, with a mean score (latest answer per item) of at least {accuracy}.",
    items: "Items answered",
    accuracy: "Mean score",
    status: "Status",
    met: "Met",
    practised: "Practised, not met yet",
    notPractised: "Not practised",
    summary: "{met} met, {practised} practised, of {total}",
  },
} as const;
