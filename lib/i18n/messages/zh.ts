import { zhAnalytics } from "./zh/analytics";
import { zhBackOffice } from "./zh/back-office";
import { zhStaffCohorts } from "./zh/staff-cohorts";
import { zhRefunds } from "./zh/refunds";
import { zhDisputes } from "./zh/disputes";
import { zhRosters } from "./zh/rosters";
import { zhCoaching } from "./zh/coaching";
import { zhLedger } from "./zh/ledger";
import { zhQualification } from "./zh/qualification";
import { zhCommerce } from "./zh/commerce";
import { zhCore } from "./zh/core";
import { zhGroupBuy } from "./zh/group-buy";
import { zhLearning } from "./zh/learning";
import { zhExports } from "./zh/exports";
import { zhReviews } from "./zh/reviews";
import { zhCompetencies } from "./zh/competencies";
import { zhMailDelivery } from "./zh/mail-delivery";

/** Simplified Chinese: the site's first language. Every other catalog has exactly this shape. */
export const zh = {
  ...zhCore,
  ...zhCommerce,
  ...zhLearning,
  ...zhGroupBuy,
  ...zhBackOffice,
  ...zhAnalytics,
  ...zhStaffCohorts,
  ...zhRefunds,
  ...zhDisputes,
  ...zhRosters,
  ...zhCoaching,
  ...zhLedger,
  ...zhQualification,
  ...zhExports,
  ...zhReviews,
  ...zhCompetencies,
  ...zhMailDelivery,
} as const;
