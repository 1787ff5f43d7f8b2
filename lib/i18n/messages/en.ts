import type { TMessages } from "../types";
import { enAnalytics } from "./en/analytics";
import { enBackOffice } from "./en/back-office";
import { enStaffCohorts } from "./en/staff-cohorts";
import { enRefunds } from "./en/refunds";
import { enDisputes } from "./en/disputes";
import { enRosters } from "./en/rosters";
import { enCoaching } from "./en/coaching";
import { enLedger } from "./en/ledger";
import { enQualification } from "./en/qualification";
import { enCommerce } from "./en/commerce";
import { enCore } from "./en/core";
import { enGroupBuy } from "./en/group-buy";
import { enLearning } from "./en/learning";
import { enExports } from "./en/exports";
import { enReviews } from "./en/reviews";
import { enCompetencies } from "./en/competencies";
import { enMailDelivery } from "./en/mail-delivery";

/** English: the second language. Must have exactly the shape of zh.ts (the type checker enforces it). */
export const en: TMessages = {
  ...enCore,
  ...enCommerce,
  ...enLearning,
  ...enGroupBuy,
  ...enBackOffice,
  ...enAnalytics,
  ...enStaffCohorts,
  ...enRefunds,
  ...enDisputes,
  ...enRosters,
  ...enCoaching,
  ...enLedger,
  ...enQualification,
  ...enExports,
  ...enReviews,
  ...enCompetencies,
  ...enMailDelivery,
};
