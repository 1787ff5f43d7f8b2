/** disputes: chargebacks opened by a cardholder's bank, for staff. */
export const zhDisputes = {
  disputes: {
    title: "付款争议（拒付）",
    explain: "学员的发卡行对一笔付款发起了争议，款项已被银行暂时扣回。请在 Stripe 后台提交证据；结果出来前，按期次规则处理名额。",
    statuses: {
      warning_needs_response: "预警，待回应",
      needs_response: "待回应",
      under_review: "审核中",
      won: "已胜诉（款项退回学校）",
      lost: "已败诉（款项归持卡人）",
      warning_under_review: "预警审核中",
      warning_closed: "预警已关闭",
      prevented: "已阻止",
    },
    reasons: {
      fraudulent: "持卡人称未授权",
      product_not_received: "称未收到服务",
      product_unacceptable: "称服务不符",
      subscription_canceled: "称已取消",
      duplicate: "称重复扣款",
      credit_not_processed: "称退款未处理",
      general: "其他原因",
    },
    seatKept: "名额保留（已标记）",
    seatReleased: "名额已释放",
    line: "{amount} · {reason} · {status} · 银行扣回 {withdrawn}，退回 {reinstated}",
    ledgerBadge: "争议中",
    mailOpenedSubject: "付款争议：第{number}期 {learner}",
    mailOpenedBody:
      "教务同事你好：\n\n{learner} 在第{number}期的付款 {amount} 被发卡行发起争议（{reason}），款项已被暂时扣回。处理方式：{seat}。\n请尽快在 Stripe 后台提交证据。对账页：{url}\n\nAI 训练师学院",
    mailClosedSubject: "付款争议已结束：第{number}期 {learner}",
    mailClosedBody: "教务同事你好：\n\n{learner} 在第{number}期的付款争议（{amount}）已结束：{status}。\n对账页：{url}\n\nAI 训练师学院",
  },
} as const;
