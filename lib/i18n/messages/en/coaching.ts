import type { TMessages } from "../../types";

export const enCoaching: Pick<TMessages, "coaching"> = {
  coaching: { title: "Career coaching" },
};
