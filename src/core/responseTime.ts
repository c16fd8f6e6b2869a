import { floor, max, min } from "./hotGlobals";
import { InputError } from "./inputError";
import { excelSerialToDay } from "./read/excelSerial";

/** The units a response time is given in. */
export type ResponseTimeUnit = "hours" | "minutes" | "days";

/** How many of each unit a day has. */
export const UNITS_PER_DAY: Readonly<Record<ResponseTimeUnit, number>> = { days: 1, hours: 24, minutes: 1440 };

/**
 * Opening hours Monday to Friday: `opens` and `closes` as fractions of a day (8:00 = 1/3, 16:00 = 2/3; opens <
 * closes), and the holidays (days since 1970-01-01) on which the business is closed all day.
 */
export interface BusinessHours {
  opens: number;
  closes: number;
  holidays: readonly number[];
}

/** 1970-01-01 (day 0) was a Thursday: day d is weekday (d + 4) mod 7, 0 = Sunday, 6 = Saturday. */
const THURSDAY = 4;

/** Whether day `day` (days since 1970-01-01) is Monday to Friday. */
function isWeekday(day: number): boolean {
  const weekday = (((day + THURSDAY) % 7) + 7) % 7;
  return weekday >= 1 && weekday <= 5;
}

/** Monday to Friday from `first` to `last` (days, inclusive): 5 per whole week, the rest counted one by one. */
function weekdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const days = last - first + 1;
  const weeks = floor(days / 7);
  let count = weeks * 5;
  for (let day = first + weeks * 7; day <= last; day += 1) if (isWeekday(day)) count += 1;
  return count;
}

/** The first index of a sorted array whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The business time between two instants (days since 1970-01-01, the time of day as the fraction), in days: only
 * the hours from `opens` to `closes`, Monday to Friday, and not on a holiday, count — as Excel's NETWORKDAYS counts
 * days, by the hour. A start outside the hours counts from the next opening; an end outside them up to the last
 * closing. Returns (start, end) ↦ time; end ≥ start.
 * Source: first reply time "in business hours" beside "in calendar hours" (Zendesk, "Calculating first reply time");
 * weekdays and holidays as Microsoft's NETWORKDAYS.
 * @example businessTime({ opens: 1/3, closes: 2/3, holidays: [] })(fridayAt3pm, mondayAt9am) // 2/24 (2 hours)
 */
export function businessTime({ opens, closes, holidays }: BusinessHours): (start: number, end: number) => number {
  const closedWeekdays = Float64Array.from(new Set(holidays.filter(isWeekday))).sort();
  const isOpen = (day: number): boolean => {
    if (!isWeekday(day)) return false;
    const at = lowerBound(closedWeekdays, day);
    return !(at < closedWeekdays.length && closedWeekdays[at] === day);
  };
  /** The open time of `day` between the fractions `from` and `to` of it. */
  const openWithin = (day: number, from: number, to: number): number => (isOpen(day) ? max(0, min(to, closes) - max(from, opens)) : 0);
  return (start, end) => {
    const firstDay = floor(start);
    const lastDay = floor(end);
    if (firstDay === lastDay) return openWithin(firstDay, start - firstDay, end - lastDay);
    const between = weekdaysBetween(firstDay + 1, lastDay - 1) - (lowerBound(closedWeekdays, lastDay) - lowerBound(closedWeekdays, firstDay + 1));
    return openWithin(firstDay, start - firstDay, 1) + between * (closes - opens) + openWithin(lastDay, 0, end - lastDay);
  };
}

/** The names of the ranges in messages, as the worksheet function calls them. */
export interface ResponseArguments {
  starts: string;
  ends: string;
}

const ARGUMENTS: ResponseArguments = { starts: "startsOrDurations", ends: "ends" };

/** 1950-01-01 as an Excel serial: a "duration" this long is a date (dates are plausible from 1950, see core/read). */
const DATE_LIKE_DURATION = 18_264;

/** Response times read from rows: the answered ones in days (in row order), and the requests still open. */
export interface ResponseDurations {
  durations: Float64Array;
  unanswered: number;
  /** The position (1-based) of the first row with a start and no end; NaN when every request was answered. */
  firstUnansweredRow: number;
}

/** An Excel date serial (1900 system) as days since 1970-01-01 with the time of day as the fraction; NaN when not a date. */
function instantOf(serial: number): number {
  const day = excelSerialToDay(serial);
  return day + (serial - floor(serial));
}

/**
 * Reads response times: `durations` alone (Excel durations, in days; null = blank, skipped; negative is
 * `cellNegative`, 50 years or more — a date, not a duration — `durationLooksLikeDate`), or `starts` and `ends` (Excel date serials with the time; each a date, else `cellNotADate`). A row
 * with a start and no end is a request still open: counted, not timed. An end without a start is `missingStart`, an
 * end before its start `endBeforeStart`. With `hours`, only business time counts (see businessTime). Rows are 1-based
 * positions in the lists, in column 1; no row with a value is `noValues`.
 * @example responseDurations({ durations: [0.03125, null, 0.5] }).durations // Float64Array [0.03125, 0.5]
 * @example responseDurations({ starts: [45352.625, 45353.5], ends: [45352.75, null] }) // { durations: [0.125], unanswered: 1, firstUnansweredRow: 2 }
 */
export function responseDurations(
  rows: { durations: readonly (number | null)[] } | { starts: readonly (number | null)[]; ends: readonly (number | null)[] },
  hours?: BusinessHours,
  names: ResponseArguments = ARGUMENTS,
): ResponseDurations {
  const durations: number[] = [];
  let unanswered = 0;
  let firstUnansweredRow = Number.NaN;
  if ("durations" in rows) {
    if (hours) throw new InputError("businessHoursNeedTimes", "businessStart", {});
    rows.durations.forEach((duration, index) => {
      if (duration === null) return;
      if (duration < 0) throw new InputError("cellNegative", names.starts, { value: duration, row: index + 1, column: 1 });
      if (duration >= DATE_LIKE_DURATION) throw new InputError("durationLooksLikeDate", names.starts, { value: duration, row: index + 1, column: 1 });
      durations.push(duration);
    });
  } else {
    const elapsed = hours ? businessTime(hours) : (start: number, end: number) => end - start;
    const { starts, ends } = rows;
    for (let index = 0; index < starts.length; index += 1) {
      const row = index + 1;
      const startSerial = starts[index];
      const endSerial = ends[index];
      if (startSerial === null && endSerial === null) continue;
      if (startSerial === null) throw new InputError("missingStart", names.starts, { endArgument: names.ends, row, column: 1 });
      const start = instantOf(startSerial);
      if (Number.isNaN(start)) throw new InputError("cellNotADate", names.starts, { value: startSerial, row, column: 1 });
      if (endSerial === null) {
        unanswered += 1;
        if (Number.isNaN(firstUnansweredRow)) firstUnansweredRow = row;
        continue;
      }
      const end = instantOf(endSerial);
      if (Number.isNaN(end)) throw new InputError("cellNotADate", names.ends, { value: endSerial, row, column: 1 });
      if (end < start) throw new InputError("endBeforeStart", names.ends, { start, end, startArgument: names.starts, row, column: 1 });
      durations.push(elapsed(start, end));
    }
  }
  if (durations.length === 0 && unanswered === 0) throw new InputError("noValues", names.starts, {});
  return { durations: Float64Array.from(durations), unanswered, firstUnansweredRow };
}

/**
 * The p-quantile of sorted values as Excel's PERCENTILE.INC (and MEDIAN at p = 0.5): linear interpolation between
 * the order statistics at h = (n − 1)p, Hyndman & Fan's type 7; NaN when there are none.
 * Source: Hyndman & Fan (1996), "Sample quantiles in statistical packages", The American Statistician 50(4);
 * Microsoft, PERCENTILE.INC function.
 * @example percentileInc(Float64Array.of(5, 12, 30, 45, 60, 75, 90, 120, 240, 480), 0.9) // 264
 */
export function percentileInc(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const below = floor(h);
  return below + 1 < n ? sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
}

/** The ranks (1-based) of the order statistics bounding a quantile, NaN where n is too small, and their coverage. */
export interface QuantileRanks {
  low: number;
  high: number;
  /** P(X₍low₎ ≤ ξ_p ≤ X₍high₎), with 0 below a missing low end and 1 above a missing high end. */
  coverage: number;
}

/**
 * The distribution-free confidence interval of the p-quantile ξ_p from n values, as ranks of the sorted values: with
 * Y ~ Binomial(n, p), the low rank l is the largest with P(Y ≤ l − 1) ≤ α/2 and the high rank u the smallest with
 * P(Y ≤ u − 1) ≥ 1 − α/2 (α = 1 − confidence), so each end misses with at most α/2 and
 * P(X₍l₎ ≤ ξ_p ≤ X₍u₎) = P(Y ≤ u − 1) − P(Y ≤ l − 1) ≥ confidence for any continuous distribution. An end that no rank
 * reaches — (1 − p)ⁿ > α/2 for the low end, pⁿ > α/2 for the high end — is NaN: n is too small for that level.
 * `binomialCdf(k, n, p)` is P(Y ≤ k) (the caller loads it).
 * Source: Hahn & Meeker (1991), "Statistical Intervals", §5.2; Conover (1999), "Practical Nonparametric Statistics",
 * 3rd ed., §3.2 (the quantile test's confidence interval).
 * @example quantileRanks(20, 0.5, 0.95, binomialCdf) // { low: 6, high: 15, coverage: 0.9586 }
 */
export function quantileRanks(n: number, p: number, confidence: number, binomialCdf: (k: number, n: number, p: number) => number): QuantileRanks {
  const tail = (1 - confidence) / 2;
  // The largest k (= l − 1) with P(Y ≤ k) ≤ tail, by bisection on the increasing CDF; none when P(Y ≤ 0) > tail.
  let low = Number.NaN;
  let lowCdf = 0;
  if (n > 0 && binomialCdf(0, n, p) <= tail) {
    let passes = 0;
    let fails = n;
    while (fails - passes > 1) {
      const middle = passes + floor((fails - passes) / 2);
      if (binomialCdf(middle, n, p) <= tail) passes = middle;
      else fails = middle;
    }
    low = passes + 1;
    lowCdf = binomialCdf(passes, n, p);
  }
  // The smallest k (= u − 1) with P(Y ≤ k) ≥ 1 − tail; none when P(Y ≤ n − 1) < 1 − tail.
  let high = Number.NaN;
  let highCdf = 1;
  if (n > 0 && binomialCdf(n - 1, n, p) >= 1 - tail) {
    let fails = -1;
    let passes = n - 1;
    while (passes - fails > 1) {
      const middle = fails + floor((passes - fails) / 2);
      if (binomialCdf(middle, n, p) >= 1 - tail) passes = middle;
      else fails = middle;
    }
    high = passes + 1;
    highCdf = binomialCdf(passes, n, p);
  }
  return { low, high, coverage: highCdf - lowCdf };
}

/** A quantile of response times with its confidence interval (NaN ends where there are too few). */
export interface QuantileInterval {
  estimate: number;
  low: number;
  high: number;
}

/** Response times summarized in a unit: the median and the 90th percentile with their intervals, and the mean. */
export interface ResponseTimeSummary {
  median: QuantileInterval;
  p90: QuantileInterval;
  mean: number;
  answered: number;
  unanswered: number;
  firstUnansweredRow: number;
}

/**
 * Summarizes response times in `unit`: the median and the 90th percentile as Excel's MEDIAN and PERCENTILE.INC
 * (percentileInc), each with its distribution-free interval at `confidence` (quantileRanks), and the mean. Requests
 * still open are counted apart: timing them as answered now would pull the median down. With no answered request,
 * every figure is NaN.
 * @example summarizeResponseTimes(responseDurations({ durations: [0.125, 0.25] }), "hours", 0.95, binomialCdf).median.estimate // 4.5
 */
export function summarizeResponseTimes(read: ResponseDurations, unit: ResponseTimeUnit, confidence: number, binomialCdf: (k: number, n: number, p: number) => number): ResponseTimeSummary {
  const scale = UNITS_PER_DAY[unit];
  const sorted = Float64Array.from(read.durations).sort();
  const n = sorted.length;
  let sum = 0;
  for (let index = 0; index < n; index += 1) {
    sorted[index] *= scale;
    sum += sorted[index];
  }
  const at = (rank: number): number => (Number.isNaN(rank) ? Number.NaN : sorted[rank - 1]);
  const quantile = (p: number): QuantileInterval => {
    const ranks = quantileRanks(n, p, confidence, binomialCdf);
    return { estimate: percentileInc(sorted, p), low: at(ranks.low), high: at(ranks.high) };
  };
  return { median: quantile(0.5), p90: quantile(0.9), mean: n === 0 ? Number.NaN : sum / n, answered: n, unanswered: read.unanswered, firstUnansweredRow: read.firstUnansweredRow };
}
