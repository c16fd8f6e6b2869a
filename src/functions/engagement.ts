/*
 * Worksheet functions for digital and service KPIs with how sure each is: KV.ENGAGEMENT (the engagement rate of
 * posts) and KV.RESPONSETIME (customer-service response times: median and 90th percentile with their intervals, in
 * business hours if asked). They spill labelled rows (name, value) like the survey functions; the statistics are in
 * src/core (engagementRate, responseTime). Both load a distribution on first use (Student's t, the binomial), which
 * keeps it out of the pane's first scripts.
 */
import { engagementPosts, engagementRate } from "../core/engagementRate";
import { isArray } from "../core/hotGlobals";
import { InputError } from "../core/inputError";
import { excelSerialToDay } from "../core/read/excelSerial";
import { type BusinessHours, responseDurations, type ResponseTimeUnit, summarizeResponseTimes } from "../core/responseTime";
import { engagementRows, responseTimeRows } from "../core/spilledRows";
import { optionalConfidence, optionalTimeOfDay, requiredNumber } from "./arguments";
import { type ArgumentPlaces, argumentPlaces } from "./argumentPlaces";
import { alignedColumns, excelMatrixInStages, isBlankValue, isLeftOut, isOmitted, optionalNumbers, placedInRanges, quotedCell, type SpilledCell, spilledCells } from "./ranges";

/**
 * The units a response time can be given in, offered in Excel's AutoComplete.
 * @customenum {string}
 */
export enum ResponseTimeUnitOption {
  /** Hours (the default). */
  hours = "hours",
  /** Minutes. */
  minutes = "minutes",
  /** Days of 24 hours (of business hours: the hours open, not working days). */
  days = "days",
}

const UNIT_NAMES: Record<string, ResponseTimeUnit> = {
  hours: "hours", hour: "hours", h: "hours", timer: "hours", time: "hours", timmar: "hours", timme: "hours",
  minutes: "minutes", minute: "minutes", min: "minutes", minutter: "minutes", minut: "minutes", minuter: "minutes",
  days: "days", day: "days", d: "days", dage: "days", dag: "days", dagar: "days",
};

/** A unit argument: "hours" (default when blank), "minutes" or "days", also in Danish and Swedish. */
function unitArgument(value: unknown): ResponseTimeUnit {
  if (isBlankValue(value)) return "hours";
  const unit = typeof value === "string" ? UNIT_NAMES[value.trim().toLowerCase()] : undefined;
  if (unit === undefined) {
    throw new InputError("unknownChoice", "unit", { value: typeof value === "string" || typeof value === "boolean" ? value : undefined, choices: '"hours", "minutes", "days"' });
  }
  return unit;
}

/** The cells of a one-column (or one-row) range of dates as serial numbers, null for a blank; else `cellNotADate`. */
function optionalSerials(cells: readonly unknown[], argument: string): (number | null)[] {
  try {
    return optionalNumbers(cells, argument);
  } catch (error) {
    if (!(error instanceof InputError) || error.code !== "cellNotANumber") throw error;
    const { value, row, column } = error.params as { value: string | boolean | undefined; row: number; column: number };
    throw new InputError("cellNotADate", argument, { value, row, column });
  }
}

/**
 * The holidays of a range of any shape (blanks skipped) as days since 1970-01-01; a cell that is not a date is
 * `cellNotADate` with its row and column.
 */
function holidayDays(value: unknown): number[] {
  const rows: unknown[] = isArray(value) ? value : [[value]];
  const days: number[] = [];
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex];
    const cells: unknown[] = isArray(row) ? row : [row];
    for (let columnIndex = 0; columnIndex < cells.length; columnIndex += 1) {
      const cell = cells[columnIndex];
      if (isBlankValue(cell)) continue;
      const place = { row: rowIndex + 1, column: columnIndex + 1 };
      let serial: number;
      try {
        serial = requiredNumber(cell, "holidays");
      } catch {
        throw new InputError("cellNotADate", "holidays", { value: quotedCell(cell), ...place });
      }
      const day = excelSerialToDay(serial);
      if (Number.isNaN(day)) throw new InputError("cellNotADate", "holidays", { value: serial, ...place });
      days.push(day);
    }
  }
  return days;
}

/**
 * Engagement rate of posts (interactions ÷ reach, or ÷ followers), the average post's rate and its confidence interval (Student's t).
 * @customfunction ENGAGEMENT
 * @helpurl https://localhost:3000/functions.html#kv.engagement
 * @param interactions Range with one value per post: its interactions (likes + comments + shares, or clicks). Rows blank in both ranges are skipped.
 * @param audience Range with each post's reach (or impressions), the same size as interactions; or one number, the followers.
 * @param confidence How sure the interval is, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 9 rows of name and value: rate, averagePerPost, low, high (#N/A with a single post), posts, interactions, audience, basis ("reach" or "followers"), confidence.
 * @requiresParameterAddresses
 */
export async function ENGAGEMENT(interactions: any[][], audience: any[][], confidence?: any, invocation?: CustomFunctions.Invocation): Promise<any[][]> {
  const places = argumentPlaces(invocation, [["interactions", interactions], ["audience", audience], ["confidence", confidence]]);
  return excelMatrixInStages<SpilledCell>(
    () =>
      placedInRanges(places, ["interactions", "audience"], async () => {
        const level = optionalConfidence(confidence, "confidence", 0.95);
        if (isLeftOut(audience)) throw new InputError("required", "audience", {});
        const followers = !isArray(audience) || (audience.length === 1 && (!isArray(audience[0]) || audience[0].length === 1));
        let posts;
        if (followers) {
          const [counts] = alignedColumns([["interactions", interactions]]);
          const single: unknown = isArray(audience) ? (isArray(audience[0]) ? audience[0][0] : audience[0]) : audience;
          posts = engagementPosts(optionalNumbers(counts, "interactions"), requiredNumber(single, "audience"));
        } else {
          const [counts, reach] = alignedColumns([["interactions", interactions], ["audience", audience]]);
          posts = engagementPosts(optionalNumbers(counts, "interactions"), optionalNumbers(reach, "audience"));
        }
        // Student's t quantile is loaded on first use, as KV.CSI loads it: it would put the pane's first scripts over budget.
        const { default: studentQuantile } = await import("@stdlib/stats-base-dists-t-quantile");
        const rate = engagementRate(posts, level, studentQuantile);
        return spilledCells(engagementRows(rate, followers ? "followers" : "reach", level));
      }),
    places,
  );
}

/**
 * Response times of customer service: median and 90th percentile with confidence intervals, requests still open, optionally in business hours only.
 * @customfunction RESPONSETIME
 * @helpurl https://localhost:3000/functions.html#kv.responsetime
 * @param startsOrDurations Range of durations (0:45 = 0.03125 days) with ends omitted; or the times the requests came in (dates with times). Blank rows are skipped.
 * @param ends Range of the times the requests were answered, the same size as startsOrDurations. A start without an end is a request still open: counted, not timed.
 * @param unit "hours", "minutes" or "days" for the results. Omitted: "hours".
 * @param businessStart Opening time, such as "08:00" or 8/24. With businessEnd, only time Monday–Friday between them counts.
 * @param businessEnd Closing time, such as "16:00". Give it with businessStart.
 * @param holidays Range of dates closed all day (as NETWORKDAYS takes them). Only with business hours.
 * @param confidence How sure the intervals are, a fraction greater than 0 and less than 1 (0.95 = 95 %). Omitted: 0.95.
 * @param invocation The addresses of the ranges, so that a message names the sheet cell.
 * @returns 12 rows of name and value: median, medianLow, medianHigh, p90, p90Low, p90High (#N/A when too few for the level), answered, unanswered, firstUnansweredRow, mean, unit, confidence.
 * @requiresParameterAddresses
 */
export async function RESPONSETIME(
  startsOrDurations: any[][],
  ends?: any[][],
  unit?: ResponseTimeUnitOption,
  businessStart?: any,
  businessEnd?: any,
  holidays?: any[][],
  confidence?: any,
  invocation?: CustomFunctions.Invocation,
): Promise<any[][]> {
  const places = argumentPlaces(invocation, [
    ["startsOrDurations", startsOrDurations],
    ["ends", ends],
    ["unit", unit],
    ["businessStart", businessStart],
    ["businessEnd", businessEnd],
    ["holidays", holidays],
    ["confidence", confidence],
  ]);
  return excelMatrixInStages<SpilledCell>(
    () =>
      placedInRanges(places, ["startsOrDurations", "ends"], async () => {
        const level = optionalConfidence(confidence, "confidence", 0.95);
        const inUnit = unitArgument(unit);
        const hours = businessHoursArguments(businessStart, businessEnd, holidays);
        let read;
        // Ends left out (null, not an array) means durations; a range of ends, even one blank cell, means starts.
        if (isOmitted(ends)) {
          const [cells] = alignedColumns([["startsOrDurations", startsOrDurations]]);
          read = responseDurations({ durations: optionalNumbers(cells, "startsOrDurations") }, hours);
        } else {
          const [starts, finished] = alignedColumns([["startsOrDurations", startsOrDurations], ["ends", ends]]);
          read = responseDurations({ starts: optionalSerials(starts, "startsOrDurations"), ends: optionalSerials(finished, "ends") }, hours);
        }
        // The binomial distribution is loaded on first use, as KV.CSI loads Student's t: it keeps the pane's first scripts small.
        const { default: binomialCdf } = await import("@stdlib/stats-base-dists-binomial-cdf");
        const summary = summarizeResponseTimes(read, inUnit, level, binomialCdf);
        return spilledCells(responseTimeRows(summary, Number.isNaN(read.firstUnansweredRow) ? Number.NaN : firstUnansweredRow(places, read.firstUnansweredRow), inUnit, level));
      }),
    places,
  );
}

/**
 * The row KV.RESPONSETIME shows for the first request still open, the `position`-th of startsOrDurations: its sheet row
 * (the range's own row when it runs across a row), or without an address the row counted from the range's first cell.
 */
function firstUnansweredRow(places: ArgumentPlaces, position: number): number {
  return places.lineSheetRow("startsOrDurations", position) ?? places.positionInRange("startsOrDurations", position).row;
}

/** The business hours of KV.RESPONSETIME's arguments: both times or neither (holidays only with them); undefined when none. */
function businessHoursArguments(businessStart: unknown, businessEnd: unknown, holidays: unknown): BusinessHours | undefined {
  const opens = optionalTimeOfDay(businessStart, "businessStart");
  const closes = optionalTimeOfDay(businessEnd, "businessEnd");
  // A range of holidays with every cell blank (a list not filled in yet) is no holidays.
  const closedDays = isLeftOut(holidays) ? [] : holidayDays(holidays);
  if (opens === undefined && closes === undefined) {
    if (closedDays.length > 0) throw new InputError("holidaysNeedBusinessHours", "holidays", {});
    return undefined;
  }
  if (opens === undefined) throw new InputError("businessHoursIncomplete", "businessStart", { given: "businessEnd" });
  if (closes === undefined) throw new InputError("businessHoursIncomplete", "businessEnd", { given: "businessStart" });
  if (closes <= opens) throw new InputError("businessHoursOrder", "businessEnd", { start: opens, end: closes, startArgument: "businessStart" });
  return { opens, closes, holidays: closedDays };
}
