import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import { businessTime, percentileInc, quantileRanks, responseDurations, summarizeResponseTimes } from "../../src/core/responseTime";

// Days since 1970-01-01: 2024-01-31 is 19753 (src/core/read/civilDate), so Friday 2024-03-01 is 19783 (+ the 29 days of
// February 2024 + 1), and its Excel serial 45352 (45322 = 2024-01-31 + 30). That 2024-03-01 is a Friday is the calendar's
// (Excel: WEEKDAY(45352) = 6, Friday with Sunday = 1).
const FRIDAY = 19783;
const FRIDAY_SERIAL = 45352;
const hour = 1 / 24;
const eightToFour = { opens: 8 * hour, closes: 16 * hour, holidays: [] as number[] };

/** Ten response times in minutes, sorted; as Excel durations they are minutes / 1440. */
const MINUTES = [5, 12, 30, 45, 60, 75, 90, 120, 240, 480];

describe("percentileInc", () => {
  it("interpolates between order statistics as Excel's MEDIAN and PERCENTILE.INC do (hand calculation)", () => {
    const sorted = Float64Array.from(MINUTES);
    // Median: h = 9 × 0.5 = 4.5, halfway between the 5th and 6th values, 60 + 0.5 × (75 − 60) = 67.5.
    expect(percentileInc(sorted, 0.5)).toBe(67.5);
    // 90th percentile: h = 9 × 0.9 = 8.1, 240 + 0.1 × (480 − 240) = 264 (PERCENTILE.INC(…, 0.9) in Excel).
    expect(percentileInc(sorted, 0.9)).toBeCloseTo(264, 10);
    expect([percentileInc(sorted, 0), percentileInc(sorted, 1)]).toEqual([5, 480]);
    expect(percentileInc(Float64Array.of(7), 0.9)).toBe(7);
    expect(percentileInc(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe("quantileRanks", () => {
  it("bounds the median of 20 by the 6th and 15th values with 95.86 % coverage (hand binomial computation)", () => {
    // Y ~ Binomial(20, ½): P(Y ≤ 4) = (1 + 20 + 190 + 1140 + 4845)/2²⁰ = 0.005909, P(Y ≤ 5) = (6196 + 15504)/2²⁰ =
    // 0.020695 ≤ 0.025 < P(Y ≤ 6) = 0.057659, so l − 1 = 5; by symmetry u − 1 = 14. Coverage 1 − 2 × 0.020695 = 0.958611.
    const ranks = quantileRanks(20, 0.5, 0.95, binomialCdf);
    expect([ranks.low, ranks.high]).toEqual([6, 15]);
    expect(ranks.coverage).toBeCloseTo(0.958611, 6);
  });

  it("bounds the median of 10 by the 2nd and 9th values (coverage 1002/1024, as in Conover's median interval)", () => {
    // P(Y ≤ 1) = 11/1024 = 0.0107 ≤ 0.025 < P(Y ≤ 2) = 56/1024; P(Y ≤ 8) = 1013/1024 ≥ 0.975 > P(Y ≤ 7) = 968/1024.
    const ranks = quantileRanks(10, 0.5, 0.95, binomialCdf);
    expect([ranks.low, ranks.high]).toEqual([2, 9]);
    expect(ranks.coverage).toBeCloseTo(1002 / 1024, 12);
  });

  it("has no end where n is too small for the level: the median needs 6 values at 95 %, the 90th percentile's high end 36", () => {
    // ½⁵ = 0.03125 > 0.025 ≥ ½⁶ = 0.015625: with 6 values the interval is the smallest to the largest (coverage 1 − 2/64).
    expect(quantileRanks(5, 0.5, 0.95, binomialCdf)).toEqual({ low: Number.NaN, high: Number.NaN, coverage: 1 });
    expect(quantileRanks(6, 0.5, 0.95, binomialCdf)).toEqual({ low: 1, high: 6, coverage: 1 - 2 / 64 });
    // The high end of the 90th percentile is the largest value once 0.9ⁿ ≤ 0.025: 0.9³⁵ = e^(35 ln 0.9) = 0.025032,
    // 0.9³⁶ = 0.022528. Its low end needs only 0.1ⁿ ≤ 0.025 (n ≥ 2).
    expect(quantileRanks(35, 0.9, 0.95, binomialCdf).high).toBeNaN();
    expect(quantileRanks(36, 0.9, 0.95, binomialCdf).high).toBe(36);
    expect(quantileRanks(1, 0.9, 0.95, binomialCdf).low).toBeNaN();
    expect(quantileRanks(2, 0.9, 0.95, binomialCdf).low).toBe(1);
  });

  it("puts the 90th percentile of 10 above the 7th value, with no high end (hand binomial computation)", () => {
    // Y ~ Binomial(10, 0.9): P(Y = 10, 9, 8, 7) = 0.348678, 0.387420, 0.193710, 0.057396, so P(Y ≤ 6) = 0.012795 ≤ 0.025
    // < P(Y ≤ 7) = 0.070191: l = 7. The low end alone misses with 0.012795.
    const ranks = quantileRanks(10, 0.9, 0.95, binomialCdf);
    expect(ranks.low).toBe(7);
    expect(ranks.high).toBeNaN();
    expect(ranks.coverage).toBeCloseTo(1 - 0.012795, 6);
  });

  it("finds the ranks of a million values where the normal approximation puts them", () => {
    // np ± 1.959964 √(np(1 − p)) = 500,000 ± 979.98 for the median: the exact ranks are within 2 of 499,020 and 500,980.
    const ranks = quantileRanks(1_000_000, 0.5, 0.95, binomialCdf);
    expect(Math.abs(ranks.low - 499_020)).toBeLessThanOrEqual(2);
    expect(Math.abs(ranks.high - 500_981)).toBeLessThanOrEqual(2);
    expect(ranks.coverage).toBeGreaterThanOrEqual(0.95);
  });
});

describe("businessTime", () => {
  const within = businessTime(eightToFour);

  it("counts only the hours open, Monday to Friday (hand calculations with opening hours 8–16)", () => {
    // Friday 15:00 → Monday 09:00: 15–16 on Friday and 8–9 on Monday, 2 hours (66 hours on the clock).
    expect(within(FRIDAY + 15 * hour, FRIDAY + 3 + 9 * hour)).toBeCloseTo(2 * hour, 10);
    // Tuesday 22:00 → Wednesday 10:00: counted from Wednesday's opening, 2 hours.
    expect(within(FRIDAY + 4 + 22 * hour, FRIDAY + 5 + 10 * hour)).toBeCloseTo(2 * hour, 10);
    // Saturday 10:00 → Monday 08:30: half an hour.
    expect(within(FRIDAY + 1 + 10 * hour, FRIDAY + 3 + 8.5 * hour)).toBeCloseTo(0.5 * hour, 10);
    // Tuesday 09:00 → 11:30 the same day, 2.5 hours; 17:00 → 18:00, after closing, none; Thursday 15:00 → 20:00, 1 hour.
    expect(within(FRIDAY + 4 + 9 * hour, FRIDAY + 4 + 11.5 * hour)).toBeCloseTo(2.5 * hour, 10);
    expect(within(FRIDAY + 4 + 17 * hour, FRIDAY + 4 + 18 * hour)).toBe(0);
    expect(within(FRIDAY + 6 + 15 * hour, FRIDAY + 6 + 20 * hour)).toBeCloseTo(hour, 10);
  });

  it("counts whole weeks as NETWORKDAYS does: Monday 4 March 08:00 → Monday 18 March 08:00 is 10 days of 8 hours", () => {
    expect(within(FRIDAY + 3 + 8 * hour, FRIDAY + 17 + 8 * hour)).toBeCloseTo(80 * hour, 10);
  });

  it("skips holidays on weekdays, each once, and ignores holidays on a weekend", () => {
    // Monday 4 March closed: Friday 15:00 → Tuesday 09:00 is still 15–16 Friday and 8–9 Tuesday, 2 hours.
    const mondayClosed = businessTime({ ...eightToFour, holidays: [FRIDAY + 3] });
    expect(mondayClosed(FRIDAY + 15 * hour, FRIDAY + 4 + 9 * hour)).toBeCloseTo(2 * hour, 10);
    expect(within(FRIDAY + 15 * hour, FRIDAY + 4 + 9 * hour)).toBeCloseTo(10 * hour, 10);
    // Wednesday 6 March closed (listed twice) and Saturday 9 March: 9 open days in the two weeks, 72 hours.
    const closed = businessTime({ ...eightToFour, holidays: [FRIDAY + 5, FRIDAY + 8, FRIDAY + 5] });
    expect(closed(FRIDAY + 3 + 8 * hour, FRIDAY + 17 + 8 * hour)).toBeCloseTo(72 * hour, 10);
    // A request that comes in and is answered on a holiday took no business time.
    expect(mondayClosed(FRIDAY + 3 + 9 * hour, FRIDAY + 3 + 12 * hour)).toBe(0);
  });
});

describe("responseDurations", () => {
  it("reads durations, skipping blanks, and names the row of a negative one", () => {
    expect(responseDurations({ durations: [0.5, null, 0.25] })).toEqual({ durations: Float64Array.of(0.5, 0.25), unanswered: 0, firstUnansweredRow: Number.NaN });
    expect(() => responseDurations({ durations: [0.5, null, -0.25] })).toThrow(expect.objectContaining({ code: "cellNegative", argument: "startsOrDurations", params: { value: -0.25, row: 3, column: 1 } }));
    expect(() => responseDurations({ durations: [null, null] })).toThrow(expect.objectContaining({ code: "noValues" }));
    // 45352.625 is Friday 2024-03-01 15:00, a start given without its end; 18,264 days (1950-01-01) is the first such "duration".
    expect(() => responseDurations({ durations: [0.5, 45352.625] })).toThrow(expect.objectContaining({ code: "durationLooksLikeDate", params: { value: 45352.625, row: 2, column: 1 } }));
    expect(() => responseDurations({ durations: [18_264] })).toThrow(expect.objectContaining({ code: "durationLooksLikeDate" }));
    expect(responseDurations({ durations: [18_263] }).durations[0]).toBe(18_263);
    expect(() => responseDurations({ durations: [0.5] }, eightToFour)).toThrow(expect.objectContaining({ code: "businessHoursNeedTimes" }));
  });

  it("times starts and ends, and counts the requests still open apart", () => {
    const read = responseDurations({
      starts: [FRIDAY_SERIAL + 0.625, null, FRIDAY_SERIAL + 3.75, FRIDAY_SERIAL + 4.5, FRIDAY_SERIAL + 5],
      ends: [FRIDAY_SERIAL + 3.375, null, null, FRIDAY_SERIAL + 4.5625, null],
    });
    // Friday 15:00 → Monday 09:00 is 2.75 days on the clock; Tuesday 12:00 → 13:30 is 1.5 hours.
    expect(Array.from(read.durations)).toEqual([2.75, 0.0625]);
    expect([read.unanswered, read.firstUnansweredRow]).toEqual([2, 3]);
    const business = responseDurations({ starts: [FRIDAY_SERIAL + 0.625], ends: [FRIDAY_SERIAL + 3.375] }, eightToFour);
    expect(business.durations[0]).toBeCloseTo(2 * hour, 10);
  });

  it("names the row of an end before its start, of an end without a start and of a cell that is no date", () => {
    expect(() => responseDurations({ starts: [FRIDAY_SERIAL + 0.5, FRIDAY_SERIAL + 0.5], ends: [FRIDAY_SERIAL + 0.6, FRIDAY_SERIAL + 0.4] })).toThrow(
      expect.objectContaining({ code: "endBeforeStart", argument: "ends", params: { start: FRIDAY + 0.5, end: expect.closeTo(FRIDAY + 0.4, 9), startArgument: "startsOrDurations", row: 2, column: 1 } }),
    );
    expect(() => responseDurations({ starts: [FRIDAY_SERIAL, null], ends: [FRIDAY_SERIAL + 1, FRIDAY_SERIAL + 2] })).toThrow(
      expect.objectContaining({ code: "missingStart", argument: "startsOrDurations", params: { endArgument: "ends", row: 2, column: 1 } }),
    );
    // 0.375 is 09:00 on no day: a time alone cannot be placed in the week.
    expect(() => responseDurations({ starts: [0.375], ends: [0.5] })).toThrow(expect.objectContaining({ code: "cellNotADate", argument: "startsOrDurations", params: { value: 0.375, row: 1, column: 1 } }));
    expect(() => responseDurations({ starts: [FRIDAY_SERIAL], ends: [-2] })).toThrow(expect.objectContaining({ code: "cellNotADate", argument: "ends" }));
  });
});

describe("summarizeResponseTimes", () => {
  const read = responseDurations({ durations: MINUTES.map((minutes) => minutes / 1440) });

  it("gives the median and 90th percentile with their order-statistic intervals, in the unit asked (hand calculation)", () => {
    // Median 67.5 and 90th percentile 264 minutes (see percentileInc); the median's interval is the 2nd to the 9th
    // value, 12 to 240 minutes; the 90th percentile's low end the 7th, 90 minutes, and no high end with 10 values.
    // Mean (5 + 12 + 30 + 45 + 60 + 75 + 90 + 120 + 240 + 480)/10 = 115.7 minutes.
    const minutes = summarizeResponseTimes(read, "minutes", 0.95, binomialCdf);
    expect(minutes.median.estimate).toBeCloseTo(67.5, 9);
    expect(minutes.median.low).toBeCloseTo(12, 9);
    expect(minutes.median.high).toBeCloseTo(240, 9);
    expect(minutes.p90.estimate).toBeCloseTo(264, 9);
    expect(minutes.p90.low).toBeCloseTo(90, 9);
    expect(minutes.p90.high).toBeNaN();
    expect(minutes.mean).toBeCloseTo(115.7, 9);
    expect([minutes.answered, minutes.unanswered]).toEqual([10, 0]);
    const hours = summarizeResponseTimes(read, "hours", 0.95, binomialCdf);
    expect(hours.median.estimate).toBeCloseTo(1.125, 12);
    expect(summarizeResponseTimes(read, "days", 0.95, binomialCdf).p90.estimate).toBeCloseTo(264 / 1440, 12);
  });

  it("gives a single answer as the median without an interval, and nothing timed when every request is open", () => {
    const one = summarizeResponseTimes(responseDurations({ durations: [0.125] }), "hours", 0.95, binomialCdf);
    expect([one.median.estimate, one.p90.estimate, one.mean, one.answered]).toEqual([3, 3, 3, 1]);
    expect([one.median.low, one.median.high, one.p90.low, one.p90.high].every(Number.isNaN)).toBe(true);
    const open = summarizeResponseTimes(responseDurations({ starts: [FRIDAY_SERIAL, FRIDAY_SERIAL + 1], ends: [null, null] }), "hours", 0.95, binomialCdf);
    expect([open.answered, open.unanswered, open.firstUnansweredRow]).toEqual([0, 2, 1]);
    expect([open.median.estimate, open.p90.estimate, open.mean].every(Number.isNaN)).toBe(true);
  });
});
