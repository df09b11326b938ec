/**
 * Times as the Chinese specs print them: ISO 8601 in Beijing time with its offset
 * (`2024-12-18T10:30:45+08:00`), which every ISO parser reads back to the same instant.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60;

export function isoBeijing(ms: number): string;
export function isoBeijing(ms: number | null): string | null;
export function isoBeijing(ms: number | null): string | null {
  if (ms === null) return null;
  const shifted = new Date(ms + BEIJING_OFFSET_MINUTES * 60_000).toISOString();
  return `${shifted.slice(0, 19)}+08:00`;
}

/** Midnight (Beijing time) of the day `ms` falls on, as epoch milliseconds: "today" in the specs' stats. */
export function startOfBeijingDay(ms: number): number {
  const day = 86_400_000;
  const offset = BEIJING_OFFSET_MINUTES * 60_000;
  return Math.floor((ms + offset) / day) * day - offset;
}

/** The first instant of the calendar month (Beijing time) `monthsAgo` months before the one `ms` falls in. */
export function startOfBeijingMonth(ms: number, monthsAgo = 0): number {
  const offset = BEIJING_OFFSET_MINUTES * 60_000;
  const local = new Date(ms + offset);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - monthsAgo, 1) - offset;
}
