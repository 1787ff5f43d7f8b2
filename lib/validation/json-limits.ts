import { hasUnsafeCharacters } from "./safe-text";

export type TJsonProblem = "tooDeep" | "tooLarge" | "invalidCharacters";

/**
 * Checks JSON text before it is parsed: its length, and how deeply arrays and objects nest
 * (counted in one pass, brackets inside strings ignored). Nothing recursive, so a body nested
 * 20,000 levels deep costs one scan. Null when within the limits.
 */
export function checkJsonText(text: string, limits: { maxDepth: number; maxBytes: number }): TJsonProblem | null {
  if (text.length > limits.maxBytes) return "tooLarge";
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limits.maxDepth) return "tooDeep";
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return null;
}

/**
 * Checks a parsed JSON value (iteratively): nesting depth, number of parts (values and keys), and
 * that no string or key holds NUL or a lone surrogate. Null when the value may be stored.
 */
export function checkJsonValue(value: unknown, limits: { maxDepth: number; maxNodes: number }): TJsonProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return "tooLarge";
    if (typeof current === "string") {
      if (hasUnsafeCharacters(current)) return "invalidCharacters";
    } else if (current !== null && typeof current === "object") {
      if (depth >= limits.maxDepth) return "tooDeep";
      const entries = Array.isArray(current) ? current.map((item) => ["", item] as const) : Object.entries(current);
      for (const [key, item] of entries) {
        if (hasUnsafeCharacters(key)) return "invalidCharacters";
        stack.push({ value: item, depth: depth + 1 });
      }
    }
  }
  return null;
}
