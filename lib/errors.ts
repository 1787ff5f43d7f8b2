/**
 * Expected failures a user can act on. `code` selects a message from the catalog
 * (lib/i18n/messages: errors.<code>), so the message is shown in the user's language.
 */
export const appErrorCodes = [
  "unauthenticated",
  "forbidden",
  "notFound",
  "invalidInput",
  "invalidRequest",
  "badUrl",
  "crossOriginRequest",
  "unsupportedMediaType",
  "invalidCredentials",
  "tooManyAttempts",
  "tooManyRequests",
  "tokenInvalid",
  "tokenExpired",
  "tokenUsed",
  "wrongCurrentPassword",
  "passwordNotSet",
  "cohortNotFound",
  "cohortCancelled",
  "enrollmentClosed",
  "alreadyEnrolled",
  "alreadyHolding",
  "cohortFull",
  "alreadyWaitlisted",
  "waitlistNotNeeded",
  "holdNotFound",
  "seatsGone",
  "groupBuyClosed",
  "groupNotFound",
  "groupClosed",
  "groupFull",
  "groupNoSeats",
  "alreadyInGroup",
  "emailNotVerified",
  "classFull",
  "sessionNotStarted",
  "enrollmentNotActive",
  "notEligibleForCoach",
  "notACoach",
  "coachAssignmentEnded",
  "coachSessionInPast",
  "coachSessionDuration",
  "coachLinkInvalid",
  "coachSessionNotScheduled",
  "capacityBelowTaken",
  "classBelowEnrolled",
  "sessionEndsBeforeStart",
  "refundNotPossible",
  "refundAlreadyRequested",
  "failedRefundUnresolved",
  "refundAmountTooLarge",
  "refundOrderMoved",
  "refundOwnRequest",
  "payoutAlreadyRecorded",
  "payoutNotFound",
  "refundAlreadyHandled",
  "transferSameCohort",
  "transferPending",
  "ledgerFixUnavailable",
  "cannotChangeOwnRole",
  "qualificationNotOpen",
  "qualificationAlreadyPassed",
  "qualificationTimeUp",
  "qualificationFinished",
  "qualificationCooldown",
  "invoiceNotPossible",
  "invoiceAlreadyIssued",
  "internal",
] as const;

export type TAppErrorCode = (typeof appErrorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    /** Values substituted into the message, e.g. { minutes: 15 }. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
