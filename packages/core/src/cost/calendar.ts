/**
 * Calendar periods in an IANA time zone, as epoch-millisecond ranges: "today in Europe/Berlin" or
 * "this month in America/New_York". Budgets and day buckets use them, so a monthly budget resets at
 * local midnight on the 1st, DST included. Only `Intl` is used (no time-zone library).
 */

export type CalendarUnit = 'hour' | 'day' | 'month';

export interface CalendarPeriod {
  /** `2026-03-01T14` (hour), `2026-03-01` (day) or `2026-03` (month), in local time. */
  key: string;
  startMs: number;
  /** Exclusive. */
  endMs: number;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when `timeZone` is a zone this runtime knows (`Intl` throws a RangeError otherwise). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The process's own IANA zone (what `TZ` or the system says), UTC when unknown. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function localTime(ms: number, timeZone: string): LocalTime {
  const local: LocalTime = { year: 0, month: 0, day: 0, hour: 0 };
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour') {
      local[part.type] = Number(part.value);
    }
  }
  return local;
}

function ordinal(local: LocalTime, unit: CalendarUnit): number {
  const days = local.year * 10_000 + local.month * 100 + (unit === 'month' ? 0 : local.day);
  return unit === 'hour' ? days * 100 + local.hour : days;
}

/**
 * The first instant whose local time is at or after `target` (a local calendar moment). Searched to
 * the second between ±16 h of the naive UTC reading, which covers every UTC offset, and also finds
 * where a day begins when its midnight is skipped by a DST jump.
 */
function firstInstantAtOrAfter(target: LocalTime, unit: CalendarUnit, timeZone: string): number {
  const wanted = ordinal(target, unit);
  const naive = Date.UTC(target.year, target.month - 1, target.day, target.hour);
  let low = Math.floor((naive - 16 * 3_600_000) / 1000);
  let high = Math.ceil((naive + 16 * 3_600_000) / 1000);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (ordinal(localTime(mid * 1000, timeZone), unit) >= wanted) high = mid;
    else low = mid + 1;
  }
  return low * 1000;
}

function periodStart(local: LocalTime, unit: CalendarUnit): LocalTime {
  if (unit === 'month') return { year: local.year, month: local.month, day: 1, hour: 0 };
  if (unit === 'day') return { ...local, hour: 0 };
  return local;
}

function nextPeriodStart(start: LocalTime, unit: CalendarUnit): LocalTime {
  const date = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour));
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else if (unit === 'day') date.setUTCDate(date.getUTCDate() + 1);
  else date.setUTCHours(date.getUTCHours() + 1);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
  };
}

function keyOf(local: LocalTime, unit: CalendarUnit): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = `${String(local.year).padStart(4, '0')}-${pad(local.month)}`;
  if (unit === 'month') return month;
  const day = `${month}-${pad(local.day)}`;
  return unit === 'day' ? day : `${day}T${pad(local.hour)}`;
}

/** The calendar period (in `timeZone`) that contains the instant `ms`. */
export function calendarPeriod(ms: number, unit: CalendarUnit, timeZone: string): CalendarPeriod {
  const start = periodStart(localTime(ms, timeZone), unit);
  const startMs = firstInstantAtOrAfter(start, unit, timeZone);
  const endMs = firstInstantAtOrAfter(nextPeriodStart(start, unit), unit, timeZone);
  return { key: keyOf(start, unit), startMs, endMs };
}

/** The period just before `period`. */
export function previousCalendarPeriod(
  period: CalendarPeriod,
  unit: CalendarUnit,
  timeZone: string,
): CalendarPeriod {
  return calendarPeriod(period.startMs - 1, unit, timeZone);
}
