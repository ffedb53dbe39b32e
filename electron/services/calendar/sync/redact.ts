/**
 * Private calendar addresses are passwords in disguise (Google's "secret address" grants read
 * access to anyone holding it), so only the host may ever be shown or logged.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const hasMore = parsed.pathname.length > 1 || parsed.search.length > 0 || parsed.hash.length > 0;
    return `${parsed.protocol}//${parsed.host}${hasMore ? '/…' : '/'}`;
  } catch {
    return '(an address)';
  }
}

/**
 * Scrubs known secrets (and every URL, whose path may be one) from a message before it is
 * logged. Used for unexpected errors whose text comes from libraries.
 */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result.replace(/\b(?:https?|webcals?):\/\/[^\s'"<>]+/gi, (match) => redactUrl(match));
}

/** What is logged for an error: its name and redacted message, never the raw object. */
export function describeForLog(error: unknown, secrets: readonly string[]): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : '';
    return redactText(`${error.name}: ${error.message}${cause}`, secrets);
  }
  return redactText(String(error), secrets);
}
