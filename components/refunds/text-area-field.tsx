/** A labelled textarea whose error is tied to it with aria-describedby. */
export function TextAreaField({
  name,
  label,
  error,
  defaultValue,
  required = true,
  id,
}: {
  name: string;
  label: string;
  error?: string;
  defaultValue?: string;
  required?: boolean;
  id: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        required={required}
        maxLength={1000}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm aria-invalid:border-red-600"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
