/**
 * The authorization matrix: every page, route handler and server action × every kind of caller,
 * with what each must get. e2e/authorization.spec.ts runs it against the production build and
 * fails when a route or action has no row here, or a row names one that no longer exists.
 *
 * Callers (seeded demo accounts, prisma/seed/demo-users.ts):
 *   anonymous · learnerA 李明 (enrolled in 第12期, owns orders and practice attempts) ·
 *   learnerB 张悦 (graduate of 第11期: not the owner of learnerA's things) ·
 *   instructor 王老师 (teaches 第12期 A班) · otherInstructor 刘老师 (teaches another class, 第12期 B班) ·
 *   coach 赵教练 · staff 陈教务 · admin 管理员
 *
 * Outcomes:
 *   pages and route handlers: the HTTP status, "signin" (307 to /sign-in?next=…) or "→/path"
 *   (another redirect); server actions, called by direct POST with an empty form: "run" (the
 *   caller passed the check; the empty form is then refused by validation, nothing runs),
 *   "signin" (refused: not signed in) or "forbidden" (refused: wrong role).
 *
 * Placeholders in URLs ({orderA}, {cohort12}, …) are resolved at test time (see fixtures in
 * authorization.spec.ts). Server actions are keyed "<file basename>#<exported name>": moving an
 * action to another file needs only its key changed here.
 */

export const callers = ["anonymous", "learnerA", "learnerB", "instructor", "otherInstructor", "coach", "staff", "admin"] as const;
export type TCaller = (typeof callers)[number];
export type THttpOutcome = number | "signin" | `→${string}`;
export type TActionOutcome = "run" | "signin" | "forbidden";
export type TOutcome = THttpOutcome | TActionOutcome;
type TExpect<_T extends TOutcome> = Record<TCaller, TOutcome>;

const signedIn = ["learnerA", "learnerB", "instructor", "otherInstructor", "coach", "staff", "admin"] as const;

/** The same outcome for everyone. */
function all(outcome: TOutcome): TExpect<TOutcome> {
  return Object.fromEntries(callers.map((c) => [c, outcome])) as TExpect<TOutcome>;
}
/** Signed-out callers get `anonymous`, everyone else `rest`, with exceptions. */
function users(anonymous: TOutcome, rest: TOutcome, except: Partial<TExpect<TOutcome>> = {}): TExpect<TOutcome> {
  return { ...all(rest), anonymous, ...except };
}
/** Only the listed callers get `allowed`; other signed-in callers `denied`; anonymous `anonymous`. */
function only(
  allowed: readonly TCaller[],
  outcome: TOutcome,
  denied: TOutcome,
  anonymous: TOutcome,
  except: Partial<TExpect<TOutcome>> = {},
): TExpect<TOutcome> {
  return { ...all(denied), ...Object.fromEntries(allowed.map((c) => [c, outcome])), anonymous, ...except };
}

// Role rules of lib/auth/roles.ts: staff include instructor and coach; admin includes everything.
const staffPage = only(["staff", "admin"], 200, 403, "signin");
const adminPage = only(["admin"], 200, 403, "signin");
const teachPage = only(["instructor", "otherInstructor", "staff", "admin"], 200, 403, "signin");
const coachPage = only(["coach", "staff", "admin"], 200, 403, "signin");

export type TPageRow = { url: string; expect: TExpect<THttpOutcome> };

/** Pages: key = URL pattern (route groups dropped), value = the URL requested and the outcomes. */
export const pages: Record<string, TPageRow> = {
  // Public pages are asked in their language (/zh/…): the same URL without it redirects there (lib/http/page-route.ts).
  "/": { url: "/zh", expect: all(200) },
  "/about": { url: "/zh/about", expect: all(200) },
  "/courses": { url: "/zh/courses", expect: all(200) },
  "/courses/[slug]": { url: "/zh/courses/ai-trainer", expect: all(200) },
  "/courses/[slug]/[number]": { url: "/zh/courses/ai-trainer/14", expect: all(200) },
  "/courses/[slug]/competencies": { url: "/zh/courses/ai-trainer/competencies", expect: all(200) },
  "/courses/[slug]/syllabus": { url: "/zh/courses/ai-trainer/syllabus", expect: all(200) },
  "/courses/[slug]/guidelines/[id]": { url: "/zh/courses/ai-trainer/guidelines/{guideline}", expect: all(200) },
  "/courses/[slug]/guidelines/[id]/[chapter]": { url: "/zh/courses/ai-trainer/guidelines/{guideline}/1", expect: all(200) },
  "/courses/[slug]/lessons/[lesson]": { url: "/courses/ai-trainer/lessons/{lockedLesson}", expect: users("signin", 200) },
  // Every lesson's body, prerendered: reached only through proxy.ts's rewrite for a reader's grant, never by its own URL.
  "/prerendered-lessons/[slug]/[lesson]": { url: "/zh/prerendered-lessons/ai-trainer/02-reading-rule-documents", expect: all(404) },
  "/certificates/[code]": { url: "/zh/certificates/NOSUCHCODE", expect: all(404) },
  "/groups/[code]": { url: "/groups/NOSUCHGROUP", expect: all(404) },
  "/dev/mail": { url: "/dev/mail", expect: all(200) },
  "/sign-in": {
    url: "/sign-in",
    expect: users(200, "→/learn", { instructor: "→/teach", otherInstructor: "→/teach", coach: "→/coach", staff: "→/staff", admin: "→/staff" }),
  },
  "/sign-up": {
    url: "/sign-up",
    expect: users(200, "→/learn", { instructor: "→/teach", otherInstructor: "→/teach", coach: "→/coach", staff: "→/staff", admin: "→/staff" }),
  },
  "/forgot-password": { url: "/forgot-password", expect: all(200) },
  "/magic-link": { url: "/magic-link", expect: all(200) },
  "/reset-password": { url: "/reset-password?token=x", expect: all(200) },
  "/verify": { url: "/verify?token=x", expect: all(200) },
  "/account": { url: "/account", expect: users("signin", 200) },
  "/learn": { url: "/learn", expect: users("signin", 200) },
  "/learn/orders": { url: "/learn/orders", expect: users("signin", 200) },
  "/learn/orders/[orderId]": { url: "/learn/orders/{orderA}", expect: users("signin", 404, { learnerA: 200 }) },
  "/learn/orders/[orderId]/receipt": { url: "/learn/orders/{orderA}/receipt", expect: users("signin", 404, { learnerA: 200 }) },
  "/learn/courses/[slug]": { url: "/learn/courses/ai-trainer", expect: users("signin", 200) },
  "/learn/courses/[slug]/calibration": { url: "/learn/courses/ai-trainer/calibration", expect: users("signin", 200) },
  "/learn/courses/[slug]/practice": { url: "/learn/courses/ai-trainer/practice", expect: users("signin", 200) },
  // Exercises are for the course's learners (active or completed) and for instructors and staff (lib/labeling/exercise-access.ts).
  "/learn/courses/[slug]/practice/[setId]": { url: "/learn/courses/ai-trainer/practice/general-qa-scoring", expect: users("signin", 200, { coach: 403 }) },
  "/learn/courses/[slug]/qualification": { url: "/learn/courses/ai-trainer/qualification", expect: users("signin", 403, { learnerA: 200, learnerB: 200 }) },
  "/coach": { url: "/coach", expect: coachPage },
  "/coach/learners/[assignmentId]": { url: "/coach/learners/{assignment}", expect: coachPage },
  "/teach": { url: "/teach", expect: teachPage },
  "/teach/analytics": { url: "/teach/analytics", expect: teachPage },
  "/teach/classes": { url: "/teach/classes", expect: teachPage },
  "/teach/classes/[classId]": { url: "/teach/classes/{class12A}", expect: only(["instructor", "staff", "admin"], 200, 403, "signin") },
  "/teach/courses/[slug]": { url: "/teach/courses/ai-trainer", expect: teachPage },
  "/teach/courses/[slug]/lessons/[lesson]": { url: "/teach/courses/ai-trainer/lessons/{lockedLesson}", expect: teachPage },
  "/teach/exports": { url: "/teach/exports", expect: teachPage },
  "/teach/reviews": { url: "/teach/reviews", expect: teachPage },
  "/teach/reviews/[submissionId]": {
    url: "/teach/reviews/{submission}",
    expect: only(["instructor", "staff", "admin"], 200, 403, "signin", { otherInstructor: 404 }),
  },
  "/staff": { url: "/staff", expect: staffPage },
  "/staff/audit": { url: "/staff/audit", expect: adminPage },
  "/staff/users": { url: "/staff/users", expect: adminPage },
  "/staff/coaches": { url: "/staff/coaches", expect: staffPage },
  "/staff/cohorts": { url: "/staff/cohorts", expect: staffPage },
  "/staff/cohorts/new": { url: "/staff/cohorts/new", expect: staffPage },
  "/staff/cohorts/[cohortId]": { url: "/staff/cohorts/{cohort12}", expect: staffPage },
  "/staff/cohorts/[cohortId]/attendance": { url: "/staff/cohorts/{cohort12}/attendance", expect: staffPage },
  "/staff/cohorts/[cohortId]/roster": { url: "/staff/cohorts/{cohort12}/roster", expect: staffPage },
  "/staff/group-buys": { url: "/staff/group-buys", expect: staffPage },
  "/staff/ledger": { url: "/staff/ledger", expect: staffPage },
  "/staff/reconciliation": { url: "/staff/reconciliation", expect: staffPage },
  "/staff/refunds": { url: "/staff/refunds", expect: staffPage },
  "/staff/invoices": { url: "/staff/invoices", expect: staffPage },
};

export type TRouteRow = { url: string; body?: unknown; expect: TExpect<THttpOutcome> };

/**
 * Route handlers: key = "METHOD /pattern". Bodies are chosen so that no call changes anything
 * (a closed cohort, an empty answer): what is checked is who gets past the caller check.
 */
export const routeHandlers: Record<string, TRouteRow> = {
  "GET /api/health": { url: "/api/health", expect: all(200) },
  // Readiness reveals nothing but ok/not ok per check; monitors call it without a session.
  "GET /api/ready": { url: "/api/ready", expect: all(200) },
  // Says whether the lesson is readable (false for a coach not enrolled): 200 for anyone signed in.
  "GET /api/lessons/state": { url: "/api/lessons/state?course=ai-trainer&lesson=02-reading-rule-documents", expect: users(401, 200) },
  // A serverless host's cron, proven by CRON_SECRET: unset here, so the endpoint does not exist (404).
  "POST /api/cron": { url: "/api/cron", body: {}, expect: all(404) },
  // The header's language switch (a form post): remembers a valid choice, then back to the page it came from ("/" without one).
  "POST /locale": { url: "/locale", body: {}, expect: all("→/") },
  "GET /manifest.webmanifest": { url: "/manifest.webmanifest", expect: all(200) },
  "GET /api/auth/[...nextauth]": { url: "/api/auth/session", expect: all(200) },
  // Without Auth.js's CSRF token nothing happens; the app signs in and out through its own actions.
  "POST /api/auth/[...nextauth]": { url: "/api/auth/signout", body: {}, expect: all("→/sign-in") },
  "GET /api/orders/[orderId]": { url: "/api/orders/{orderA}", expect: users(401, 404, { learnerA: 200 }) },
  "GET /api/calendar/[cohortId]": { url: "/api/calendar/{cohort12}", expect: users(401, 404, { learnerA: 200 }) },
  // 刘老师 teaches 第12期 B班: both instructors get their own class's learners only (lib/exports/export-access.ts, lib/rosters/read-roster.ts).
  "GET /api/exports/[cohortId]/[kind]": {
    url: "/api/exports/{cohort12}/scores.csv",
    expect: only(["instructor", "otherInstructor", "staff", "admin"], 200, 403, 401),
  },
  "GET /api/staff/cohorts/[cohortId]/roster.csv": {
    url: "/api/staff/cohorts/{cohort12}/roster.csv",
    expect: only(["instructor", "otherInstructor", "staff", "admin"], 200, 403, 401),
  },
  "GET /api/staff/ledger.csv": { url: "/api/staff/ledger.csv", expect: only(["staff", "admin"], 200, 403, 401) },
  // 第12期 is running: a hold is refused after the caller check (410), so nothing is written.
  "POST /api/cohorts/[cohortId]/holds": { url: "/api/cohorts/{cohort12}/holds", body: {}, expect: users(401, 410) },
  "POST /api/progress": { url: "/api/progress", body: {}, expect: users(401, 400) },
  "PUT /api/exercises/draft": { url: "/api/exercises/draft", body: {}, expect: users(401, 400) },
  "POST /api/exercises/submit": { url: "/api/exercises/submit", body: {}, expect: users(401, 400) },
  "POST /api/qualification/answer": { url: "/api/qualification/answer", body: {}, expect: users(401, 400) },
  // Proven by Stripe's signature, not by a session: unsigned calls are refused for everyone.
  "POST /api/stripe/webhook": { url: "/api/stripe/webhook", body: {}, expect: all(400) },
};

export type TActionRow = { expect: TExpect<TActionOutcome>; /** Ends the caller's session: run last, on a session of its own. */ endsSession?: true };

const anyUser: TExpect<TActionOutcome> = users("signin", "run");
const staffAction = only(["staff", "admin"], "run", "forbidden", "signin");
const coachAction = only(["coach", "staff", "admin"], "run", "forbidden", "signin");
const teachAction = only(["instructor", "otherInstructor", "staff", "admin"], "run", "forbidden", "signin");

/** Server actions: key = "<file basename>#<exported name>". */
export const serverActions: Record<string, TActionRow> = {
  // Not an action: Next.js registers every "use cache" function as a server reference anyone can POST to. It answers
  // (nothing is checked about the caller), but renders nothing without the server's own proof (e2e/access.spec.ts).
  "render-lesson-cached#$$RSC_SERVER_CACHE_0": { expect: all("run") },
  // Public: signing in, up and out, mails, the language switch.
  "sign-in-actions#signUpAction": { expect: all("run") },
  "sign-in-actions#signInAction": { expect: all("run") },
  "sign-in-actions#requestMagicLinkAction": { expect: all("run") },
  "sign-in-actions#verifyMagicLinkAction": { expect: all("run") },
  "sign-in-actions#forgotPasswordAction": { expect: all("run") },
  "sign-in-actions#resetPasswordAction": { expect: all("run") },
  "actions#signOutAction": { expect: all("run"), endsSession: true },
  // Any signed-in user, on their own things only (ownership is checked in lib/ and by the pages above).
  "actions#updateProfileAction": { expect: anyUser },
  "actions#changePasswordAction": { expect: anyUser },
  "verification-actions#sendVerificationMailAction": { expect: anyUser },
  "actions#holdSeatAction": { expect: anyUser },
  "actions#joinWaitlistAction": { expect: anyUser },
  "actions#leaveWaitlistAction": { expect: anyUser },
  "actions#releaseHoldAction": { expect: anyUser },
  "actions#startCheckoutAction": { expect: anyUser },
  "actions#startGroupAction": { expect: anyUser },
  "actions#joinGroupAction": { expect: anyUser },
  "actions#payGroupPlaceAction": { expect: anyUser },
  "actions#requestRefundAction": { expect: anyUser },
  "actions#requestInvoiceAction": { expect: anyUser },
  "actions#completeLessonAction": { expect: anyUser },
  "actions#startQualificationAction": { expect: anyUser },
  "actions#finishQualificationAction": { expect: anyUser },
  // Instructors.
  "actions#saveReviewAction": { expect: teachAction },
  "actions#markAttendanceAction": { expect: teachAction },
  // Coaches.
  "actions#addCoachNoteAction": { expect: coachAction },
  "actions#scheduleCoachSessionAction": { expect: coachAction },
  "actions#updateCoachSessionAction": { expect: coachAction },
  // Staff.
  "actions#assignCoachAction": { expect: staffAction },
  "actions#settleGroupNowAction": { expect: staffAction },
  "actions#fixAnomalyAction": { expect: staffAction },
  "actions#retryStuckWorkAction": { expect: staffAction },
  "actions#approveRefundAction": { expect: staffAction },
  "actions#rejectRefundAction": { expect: staffAction },
  "actions#recordPayoutAction": { expect: staffAction },
  "actions#replaceFailedRefundAction": { expect: staffAction },
  "actions#moveClassAction": { expect: staffAction },
  "actions#completeEnrollmentAction": { expect: staffAction },
  "actions#completeCohortAction": { expect: staffAction },
  "actions#createCohortAction": { expect: staffAction },
  "actions#updateCohortAction": { expect: staffAction },
  "actions#rescheduleSessionAction": { expect: staffAction },
  "actions#cancelCohortAction": { expect: staffAction },
  "actions#transferLearnerAction": { expect: staffAction },
  "actions#retryDeadJobAction": { expect: staffAction },
  "actions#retryFailedMailAction": { expect: staffAction },
  "actions#markInvoiceIssuedAction": { expect: staffAction },
  // Admin.
  "actions#changeRoleAction": { expect: only(["admin"], "run", "forbidden", "signin") },
};

export const signedInCallers = signedIn;
