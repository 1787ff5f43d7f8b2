/** Status pages (404, 403, errors): in a file of their own so the client error boundaries import only these lines, not the whole catalog. */
export const zhPages = {
  notFoundTitle: "页面不存在",
  notFoundBody: "你访问的页面不存在或已被移除。",
  forbiddenTitle: "无权访问",
  forbiddenBody: "这个页面只对特定身份开放。如果你认为这是错误，请联系教务。",
  errorTitle: "出错了",
  errorBody: "页面加载时出了问题。请重试；如果问题持续，请联系我们。",
  retry: "重试",
  backHome: "返回首页",
} as const;
