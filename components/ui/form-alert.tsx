/** The message above a form after a submit: an error (role=alert) or a confirmation (role=status). */
export function FormAlert({ kind, message }: { kind: "error" | "success"; message: string }) {
  return kind === "error" ? (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  ) : (
    <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {message}
    </p>
  );
}
