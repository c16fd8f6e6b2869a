const DAY_MS = 86_400_000;

/**
 * `YYYY-MM-DD` → days since 1970-01-01 (UTC), or undefined when it is not a calendar date.
 * @example dayOfIsoDate("1997-09-30") // 10134
 */
export function dayOfIsoDate(text: string): number | undefined {
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text ? undefined : time / DAY_MS;
}

/**
 * Days since 1970-01-01 (UTC) → `YYYY-MM-DD`.
 * @example isoDate(10134) // "1997-09-30"
 */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
