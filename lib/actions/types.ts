/** What a form action returns: null before the first submit. */
export type TActionState<T> =
  null | { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };
