"use client";

import { useActionState } from "react";
import { changeRoleAction } from "@/lib/accounts/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** An admin's role control for one user. */
export function RoleForm({
  userId,
  role,
  roles,
  labels,
}: {
  userId: string;
  role: string;
  roles: readonly { value: string; label: string }[];
  labels: { roleFor: string; save: string; working: string; saved: string };
}) {
  const [state, action] = useActionState(changeRoleAction, null);
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        {labels.roleFor}
      </label>
      <select id={id} name="role" defaultValue={role} className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm">
        {roles.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <SubmitButton label={labels.save} pendingLabel={labels.working} variant="secondary" />
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && <FormAlert kind="success" message={labels.saved} />}
    </form>
  );
}
