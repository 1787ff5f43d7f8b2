import type { ReactNode } from "react";

const inputClass = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base";

/** A labelled field of a GET filter form (text, date or select). */
export function FilterField({
  name,
  label,
  defaultValue,
  type = "text",
  hint,
  children,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  type?: "text" | "date" | "email";
  hint?: string;
  /** Options: renders a select instead of an input. */
  children?: ReactNode;
}) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ? (
        <select id={id} name={name} defaultValue={defaultValue ?? ""} className={inputClass}>
          {children}
        </select>
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue ?? ""}
          placeholder={hint}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={inputClass}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="sr-only">
          {hint}
        </p>
      )}
    </div>
  );
}
