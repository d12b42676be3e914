/** Reads a message out of anything thrown, without ever throwing itself (getters and toString may throw). */
export function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) {
      const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
      return `${name}${String(error.message)}`;
    }
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object' && 'message' in error)
      return String((error as { message: unknown }).message);
    return String(error);
  } catch {
    return '[llmtop: unreadable error]';
  }
}
