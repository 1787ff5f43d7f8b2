/** coaching: see the area's pages. */
export const zhCoaching = {
  coaching: { title: "职业辅导" },
} as const;
