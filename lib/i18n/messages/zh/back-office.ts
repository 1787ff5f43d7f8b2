/** backOffice: the staff home, cohorts, sessions, refunds and transfers. */
export const zhBackOffice = {
  backOffice: {
    title: "运营后台",
    sections: {
      cohorts: "期次管理",
      cohortsHint: "新建与编辑期次、课次改期、取消期次",
      refunds: "退款审批",
      refundsHint: "学员的退款申请、按政策计算的可退金额",
      groupBuys: "拼团管理",
      groupBuysHint: "所有团、团员与付款，提前结算",
      ledger: "收款台账",
      ledgerHint: "订单查询、按期次汇总",
      reconciliation: "对账",
      reconciliationHint: "与 Stripe 核对的异常及修复",
      coaches: "职业教练",
      coachesHint: "为结业学员分配教练",
      audit: "操作日志",
      auditHint: "谁在何时改了什么（仅管理员）",
    },
  },
} as const;
