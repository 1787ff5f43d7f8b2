/**
 * The group-buy (拼团) state machine, pure. A group is OPEN until it fills (→ FILLED, then SETTLED
 * once every member is captured or charged) or its deadline passes unfilled (→ FAILED, then
 * SETTLED once every member is released or refunded). Members move through their own payment
 * states; a member whose authorization fails or is cancelled while the group is open drops out
 * and the place reopens.
 */
export type TGroupStatus = "OPEN" | "FILLED" | "FAILED" | "SETTLED";
export type TMemberStatus = "PENDING_PAYMENT" | "AUTHORIZED" | "PAID" | "CAPTURED" | "CANCELLED" | "REFUNDED" | "DROPPED";

export type TGroup = { status: TGroupStatus; size: number; deadline: Date };
/**
 * `late`: secured after the group had closed (or had no place left for them): always reversed.
 * `placeLive`: for a member still paying, whether their pending place (the checkout's seat hold)
 * has not lapsed yet; a lapsed pending place no longer counts.
 */
export type TMember = { status: TMemberStatus; late?: boolean; placeLive?: boolean };

/** Members holding a place: paying (while their checkout lasts), authorized (card) or paid (wallet). */
export function holdsPlace(member: TMember): boolean {
  if (member.late) return false;
  if (member.status === "PENDING_PAYMENT") return member.placeLive !== false;
  return member.status === "AUTHORIZED" || member.status === "PAID";
}

/** Members whose money is secured (card authorization or wallet payment) and who count for the group. */
export function isSecured(member: TMember): boolean {
  return !member.late && (member.status === "AUTHORIZED" || member.status === "PAID");
}

/** Members whose payment is final, one way or the other: nothing is left to settle for them. */
export function isTerminal(member: TMember): boolean {
  return member.status === "CAPTURED" || member.status === "CANCELLED" || member.status === "REFUNDED" || member.status === "DROPPED";
}

export function placesLeft(group: TGroup, members: readonly TMember[]): number {
  return Math.max(0, group.size - members.filter(holdsPlace).length);
}

export type TGroupEvent = { kind: "memberSecured" } | { kind: "memberDropped" } | { kind: "deadlinePassed"; now: Date } | { kind: "allSettled" };

/**
 * The group's next status after an event, given its members (already updated for the event).
 * Idempotent: applying an event that no longer applies returns the status unchanged.
 */
export function nextGroupStatus(group: TGroup, members: readonly TMember[], event: TGroupEvent): TGroupStatus {
  switch (event.kind) {
    case "memberSecured":
      return group.status === "OPEN" && members.filter(isSecured).length >= group.size ? "FILLED" : group.status;
    case "memberDropped":
      return group.status;
    case "deadlinePassed":
      return group.status === "OPEN" && event.now >= group.deadline ? "FAILED" : group.status;
    case "allSettled":
      return group.status === "FILLED" || group.status === "FAILED" ? "SETTLED" : group.status;
  }
}

/**
 * What settling does to a member: capture or keep the payment when filled; cancel (a card hold,
 * or a checkout still open) or refund (a wallet payment) when failed. Late members are always
 * reversed, whatever the group's outcome.
 */
export function settleAction(outcome: "filled" | "failed", member: TMember): "capture" | "keep" | "cancel" | "refund" | "none" {
  if (member.late) outcome = "failed";
  if (outcome === "filled")
    return member.status === "AUTHORIZED" ? "capture" : member.status === "PAID" ? "keep" : member.status === "PENDING_PAYMENT" ? "cancel" : "none";
  return member.status === "AUTHORIZED" ? "cancel" : member.status === "PAID" ? "refund" : member.status === "PENDING_PAYMENT" ? "cancel" : "none";
}

/** Card authorizations last about a week (less on some networks): group windows are capped at 4 days. */
export const maxGroupWindowDays = 4;

/** Checks a group-buy window set by staff; returns a reason code when refused. */
export function checkGroupWindow(startsAt: Date, endsAt: Date): "ok" | "endBeforeStart" | "tooLong" {
  if (endsAt <= startsAt) return "endBeforeStart";
  return endsAt.getTime() - startsAt.getTime() > maxGroupWindowDays * 86_400_000 ? "tooLong" : "ok";
}
