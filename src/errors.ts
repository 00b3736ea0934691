/** Turns anything thrown into an Error, keeping the original as `cause` when it was not one. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === 'string') return new Error(thrown);
  return new Error(`non-error thrown: ${safeString(thrown)}`, { cause: thrown });
}

/** An error the user can fix: the CLI prints its message (which says how) without a stack. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
