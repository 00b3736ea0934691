/** Named SQLSTATE codes (never bare strings elsewhere) and a type guard for driver errors. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  undefinedTable: '42P01',
  insufficientPrivilege: '42501',
  lockNotAvailable: '55P03',
  adminShutdown: '57P01',
  cannotConnectNow: '57P03',
  connectionFailure: '08006',
  connectionDoesNotExist: '08003',
} as const;

export interface PgError extends Error {
  code: string;
}

export function isPgError(err: unknown, code?: string): err is PgError {
  if (typeof err !== 'object' || err === null) return false;
  const c = (err as { code?: unknown }).code;
  return typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c) && (code === undefined || c === code);
}

/** True when the error means the server is gone (restart, network): retry the batch later. */
export function isConnectionLost(err: unknown): boolean {
  if (isPgError(err)) return err.code.startsWith('08') || err.code.startsWith('57P');
  const code = (err as { code?: unknown } | null)?.code;
  const msg = err instanceof Error ? err.message : '';
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    /Connection terminated|connection is closed|Client has encountered a connection error/i.test(msg)
  );
}
