/**
 * A member's name as other people see it on a group page: the first character and two stars
 * ("李明" → "李**", "Alice Wang" → "A**"), so the length of the real name is not revealed either.
 */
export function maskName(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? `${first}**` : "**";
}
