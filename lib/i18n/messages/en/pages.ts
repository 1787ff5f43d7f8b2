/** Status pages (404, 403, errors): in a file of their own so the client error boundaries import only these lines, not the whole catalog. */
export const enPages = {
  notFoundTitle: "Page not found",
  notFoundBody: "The page you asked for does not exist or was removed.",
  forbiddenTitle: "Access denied",
  forbiddenBody: "This page is only open to certain roles. If you think this is a mistake, contact the school office.",
  errorTitle: "Something went wrong",
  errorBody: "The page could not be loaded. Please try again; if it keeps happening, contact us.",
  retry: "Try again",
  backHome: "Back to home",
} as const;
