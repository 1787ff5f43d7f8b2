import { ActionForm, type TFormField } from "@/components/forms/action-form";
import type { TActionState } from "@/lib/actions/types";
import { toShanghaiInput } from "@/lib/cohorts/cohort-form";
import type { TRefundTerms } from "@/lib/refunds/refund-policy";
import type { TMessages } from "@/lib/i18n/types";

export type TCohortFormValues = {
  campusId: string | null;
  startDate: string;
  classes: { code: string; capacity: number }[];
  listPriceFen: number;
  groupPriceFen: number | null;
  groupSize: number;
  groupBuyStartsAt: Date | null;
  groupBuyEndsAt: Date | null;
  enrollmentDeadline: Date | null;
  refundTerms: TRefundTerms;
  disputeSeatRule: "KEEP" | "RELEASE";
  status: string;
};

const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.00$/, "");

/** The cohort form (create and edit) with the given defaults; the action validates everything again. */
export function CohortForm<T>({
  action,
  hidden,
  values,
  campuses,
  m,
  submitLabel,
  successMessage,
  startDateEditable,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  hidden: Record<string, string>;
  values: TCohortFormValues;
  campuses: { id: string; name: string }[];
  m: TMessages;
  submitLabel: string;
  successMessage?: string;
  startDateEditable: boolean;
}) {
  const f = m.staffCohorts.fields;
  const fields: TFormField[] = [
    { name: "campusId", label: f.campusId, options: campuses.map((c) => ({ value: c.id, label: c.name })), defaultValue: values.campusId ?? campuses[0]?.id },
    ...(startDateEditable ? [{ name: "startDate", label: f.startDate, type: "date" as const, defaultValue: values.startDate }] : []),
    { name: "classes", label: f.classes, hint: f.classesHint, defaultValue: values.classes.map((c) => `${c.code}=${c.capacity}`).join(", ") },
    { name: "listPrice", label: f.listPrice, defaultValue: yuan(values.listPriceFen) },
    { name: "groupPrice", label: f.groupPrice, optional: true, defaultValue: values.groupPriceFen === null ? "" : yuan(values.groupPriceFen) },
    { name: "groupSize", label: f.groupSize, type: "number", defaultValue: String(values.groupSize) },
    {
      name: "groupBuyStartsAt",
      label: f.groupBuyStartsAt,
      type: "datetime-local",
      optional: true,
      defaultValue: values.groupBuyStartsAt ? toShanghaiInput(values.groupBuyStartsAt) : "",
    },
    {
      name: "groupBuyEndsAt",
      label: f.groupBuyEndsAt,
      type: "datetime-local",
      optional: true,
      defaultValue: values.groupBuyEndsAt ? toShanghaiInput(values.groupBuyEndsAt) : "",
    },
    {
      name: "enrollmentDeadline",
      label: f.enrollmentDeadline,
      type: "datetime-local",
      optional: true,
      defaultValue: values.enrollmentDeadline ? toShanghaiInput(values.enrollmentDeadline) : "",
    },
    { name: "fullRefundDays", label: f.fullRefundDays, type: "number", defaultValue: String(values.refundTerms.fullRefundDays) },
    { name: "adminFee", label: f.adminFee, optional: true, defaultValue: yuan(values.refundTerms.adminFeeFen) },
    { name: "lastRefundSession", label: f.lastRefundSession, type: "number", defaultValue: String(values.refundTerms.lastRefundSession) },
    {
      name: "disputeSeatRule",
      label: f.disputeSeatRule,
      options: [
        { value: "KEEP", label: f.disputeKeep },
        { value: "RELEASE", label: f.disputeRelease },
      ],
      defaultValue: values.disputeSeatRule,
    },
    {
      name: "status",
      label: f.status,
      options: [
        { value: "DRAFT", label: m.staffCohorts.statuses.DRAFT },
        { value: "OPEN", label: m.staffCohorts.statuses.OPEN },
      ],
      defaultValue: values.status === "DRAFT" ? "DRAFT" : "OPEN",
    },
  ];
  return (
    <ActionForm
      action={action}
      fields={fields}
      hidden={startDateEditable ? hidden : { ...hidden, startDate: values.startDate }}
      submitLabel={submitLabel}
      pendingLabel={m.auth.working}
      successMessage={successMessage}
    />
  );
}
