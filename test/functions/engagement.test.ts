import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { engagementPosts, engagementRate } from "../../src/core/engagementRate";
import { responseDurations, summarizeResponseTimes } from "../../src/core/responseTime";
import { ENGAGEMENT, RESPONSETIME, ResponseTimeUnitOption } from "../../src/functions/engagement";
import { excelValue, expectRejectedValueError, withDisplayLanguage } from "./excelErrors";

// The worksheet functions are called with the argument shapes Excel sends; the reference values are the core's,
// themselves pinned to hand calculations in test/core/engagementRate.test.ts and test/core/responseTime.test.ts.

/** What Excel passes as the last argument of a function with @requiresParameterAddresses. */
const addresses = (...parameterAddresses: string[]) => ({ parameterAddresses }) as CustomFunctions.Invocation;

/** A column as Excel passes a range of one column. */
const column = (...values: unknown[]) => values.map((value) => [value]);

/** Excel's last row: a whole-column reference (B:B) has this many rows. */
const SHEET_ROWS = 1_048_576;

/** What Excel passes for an optional range left out. */
const OMITTED = excelValue<any[][]>(null);

/** The #N/A cell of a spilled result. */
const notAvailable = expect.objectContaining({ code: "#N/A" });

describe("KV.ENGAGEMENT", () => {
  it("spills the core's rate by reach with the t interval of the mean post, skipping rows blank in both ranges", async () => {
    const expected = engagementRate(engagementPosts([120, 80, 200, 50], [2000, 1600, 2500, 1000]), 0.95, tQuantile);
    const rows = await ENGAGEMENT(column(120, 80, null, 200, 50), column(2000, 1600, "", 2500, 1000));
    expect(rows).toEqual([
      ["rate", expected.rate],
      ["averagePerPost", expected.averagePerPost],
      ["low", expected.low],
      ["high", expected.high],
      ["posts", 4],
      ["interactions", 450],
      ["audience", 7100],
      ["basis", "reach"],
      ["confidence", 0.95],
    ]);
    // 450 / 7100 by hand (test/core/engagementRate.test.ts).
    expect(rows[0][1]).toBeCloseTo(0.0633803, 7);
  });

  it("divides by followers × posts when the audience is one number, typed or in one cell", async () => {
    const expected = engagementRate(engagementPosts([120, 80, 200, 50], 10_000), 0.9, tQuantile);
    const rows = await ENGAGEMENT([[120, 80, 200, 50]], [[10_000]], 0.9);
    expect(rows.slice(0, 4)).toEqual([["rate", 0.01125], ["averagePerPost", expected.averagePerPost], ["low", expected.low], ["high", expected.high]]);
    expect(rows.slice(6)).toEqual([["audience", 10_000], ["basis", "followers"], ["confidence", 0.9]]);
    expect((await ENGAGEMENT(column(120, 80), excelValue<any[][]>(10_000)))[7]).toEqual(["basis", "followers"]);
  });

  it("shows #N/A for the interval of a single post, and takes 0 interactions and more interactions than reach", async () => {
    const one = await ENGAGEMENT([[30]], [[600]]);
    expect(one.slice(0, 5)).toEqual([["rate", 0.05], ["averagePerPost", 0.05], ["low", notAvailable], ["high", notAvailable], ["posts", 1]]);
    expect((await ENGAGEMENT(column(0, 0), column(500, 800)))[0]).toEqual(["rate", 0]);
    expect((await ENGAGEMENT(column(150), column(100)))[0]).toEqual(["rate", 1.5]);
  });

  it("refuses a confidence of 0 or 1 (0 % or 100 %), which has no interval, as a fraction outside 0–1", async () => {
    await expectRejectedValueError(() => ENGAGEMENT(column(10, 20), column(100, 100), 1), "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 1.");
    await expectRejectedValueError(() => ENGAGEMENT(column(10, 20), column(100, 100), 0), "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 0.");
    await expectRejectedValueError(() => ENGAGEMENT(column(10, 20), column(100, 100), 95), "For 95 %, write 0.95 or 95%.");
  });

  it("names the sheet cell of a post without a reach, of a negative value and of text, and says what to do", async () => {
    const invocation = addresses("Posts!B2:B5", "Posts!C2:C5", "");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, 80, 40, 50), column(2000, 1600, 0, 1000), null, invocation), "Cell C4 of audience must be the post's reach");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, 80, 40, 50), column(2000, 1600, null, 1000), null, invocation), "it is blank beside 40 interactions; fill it in");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, -8, 40, 50), column(2000, 1600, 900, 1000), null, invocation), "Cell B3 of interactions must be a number ≥ 0");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, null, 40, 50), column(2000, 1600, 900, 1000), null, invocation), "Cell B3 of interactions is blank inside the data");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, "mange", 40, 50), column(2000, 1600, 900, 1000), null, invocation), "Cell B3 of interactions must be a number or blank, got 'mange'");
    const danish = await withDisplayLanguage("da-DK", () => expectRejectedValueError(() => ENGAGEMENT(column(120, 80), column(2000, 0), null, addresses("Ark1!B2:B3", "Ark1!C2:C3", "")), "Celle C3 i audience"));
    expect(danish).toContain("rækkevidde");
  });

  it("names a cell of ranges across a row by its column, and counts within the range when Excel gave no address", async () => {
    await expectRejectedValueError(() => ENGAGEMENT([[120, 80, 40]], [[2000, 1600, 0]], null, addresses("Posts!B2:D2", "Posts!B3:D3", "")), "Cell D3 of audience");
    const message = await expectRejectedValueError(() => ENGAGEMENT([[120, 80, 40]], [[2000, 1600, 0]]), "Row 1, column 3 of audience");
    expect(message).toContain("Rows are counted from the first cell of the range.");
  });

  it("refuses ranges of different sizes, no posts at all, no audience and followers of 0", async () => {
    await expectRejectedValueError(() => ENGAGEMENT(column(120, 80, 40), column(2000, 1600)), "audience has 2 rows but interactions has 3");
    await expectRejectedValueError(() => ENGAGEMENT(column(null, ""), column(null, null)), "interactions has no values");
    await expectRejectedValueError(() => ENGAGEMENT(column(120), [[null]]), "audience is required");
    await expectRejectedValueError(() => ENGAGEMENT(column(120, 80), [[0]]), "audience must be a number > 0");
    await expectRejectedValueError(() => ENGAGEMENT(column(120), column(1000), 95), "confidence");
  });

  it("reads whole columns (1,048,576 rows) with the data at the top, and a million posts", async () => {
    const interactions = Array.from({ length: SHEET_ROWS }, (_, index) => [index < 4 ? [120, 80, 200, 50][index] : null]);
    const reach = Array.from({ length: SHEET_ROWS }, (_, index) => [index < 4 ? [2000, 1600, 2500, 1000][index] : ""]);
    expect((await ENGAGEMENT(interactions, reach, null, addresses("Posts!B:B", "Posts!C:C", "")))[4]).toEqual(["posts", 4]);
    // Every post 3 interactions on a reach of 100 (and every second one 1 on 100): rate 2/100, the interval tight around it.
    const many = Array.from({ length: SHEET_ROWS }, (_, index) => [index % 2 === 0 ? 3 : 1]);
    const rows = await ENGAGEMENT(many, [[100]]);
    expect(rows[0][1]).toBeCloseTo(0.02, 12);
    expect(rows[4]).toEqual(["posts", SHEET_ROWS]);
    expect((rows[3][1] as number) - (rows[2][1] as number)).toBeLessThan(1e-4);
  });
});

describe("KV.RESPONSETIME", () => {
  /** The ten durations of docs/functions.md: 0:45, 1:30, 1:30, 2:15, 3:00, 3:00, 3:45, 6:00, 12:00 and 24:00. */
  const durations = [0.03125, 0.0625, 0.0625, 0.09375, 0.125, 0.125, 0.15625, 0.25, 0.5, 1];

  it("spills the core's median and 90th percentile with their intervals, in hours by default", async () => {
    const expected = summarizeResponseTimes(responseDurations({ durations }), "hours", 0.95, binomialCdf);
    const rows = await RESPONSETIME([durations]);
    expect(rows).toEqual([
      ["median", expected.median.estimate],
      ["medianLow", expected.median.low],
      ["medianHigh", expected.median.high],
      ["p90", expected.p90.estimate],
      ["p90Low", expected.p90.low],
      ["p90High", notAvailable],
      ["answered", 10],
      ["unanswered", 0],
      ["firstUnansweredRow", notAvailable],
      ["mean", expected.mean],
      ["unit", "hours"],
      ["confidence", 0.95],
    ]);
    // By hand: the median of 0.75, 1.5, 1.5, 2.25, 3, 3, 3.75, 6, 12, 24 hours is 3; PERCENTILE.INC(…, 0.9) = 12 + 0.1 × 12.
    expect([rows[0][1], rows[1][1], rows[2][1], rows[4][1]]).toEqual([3, 1.5, 12, 3.75]);
    expect(rows[3][1]).toBeCloseTo(13.2, 10);
  });

  it("gives every unit AutoComplete offers, and the same written in Danish or Swedish", async () => {
    for (const unit of Object.values(ResponseTimeUnitOption)) expect((await RESPONSETIME([durations], OMITTED, unit))[10]).toEqual(["unit", unit]);
    expect((await RESPONSETIME([durations], OMITTED, excelValue<ResponseTimeUnitOption>("Minutter")))[0]).toEqual(["median", 180]);
    expect((await RESPONSETIME([durations], OMITTED, excelValue<ResponseTimeUnitOption>("dagar")))[0]).toEqual(["median", 0.125]);
    await expectRejectedValueError(() => RESPONSETIME([durations], OMITTED, excelValue<ResponseTimeUnitOption>("weeks")), 'unit must be one of "hours", "minutes", "days"');
  });

  it("times starts and ends in business hours without holidays, and names the sheet row of the first request still open", async () => {
    // Friday 2024-03-01 (serial 45352) 15:00 → Monday 09:00: 2 business hours with 08:00–16:00; Monday 18:00 →
    // Tuesday 09:00: 1 hour; Tuesday 13:30 → 15:00: 1.5 hours; Wednesday 09:00: still open.
    const starts = column(45352.625, 45355.75, null, 45356.5625, 45357.375);
    const ends = column(45355.375, 45356.375, null, 45356.625, null);
    const rows = await RESPONSETIME(starts, ends, undefined, "08:00", "16:00", OMITTED, null, addresses("Tickets!B2:B6", "Tickets!C2:C6", "", "", "", "", ""));
    const value = (name: string) => rows.find((row) => row[0] === name)?.[1];
    expect(value("median")).toBeCloseTo(1.5, 10);
    expect(value("mean")).toBeCloseTo(1.5, 10);
    expect([value("answered"), value("unanswered"), value("firstUnansweredRow")]).toEqual([3, 1, 6]);
    // A time typed as a fraction of a day opens the same hours; Monday 4 March as a holiday moves the Friday request to
    // Tuesday 09:00: still 2 hours, Monday not counted.
    const holiday = await RESPONSETIME(column(45352.625), column(45356.375), undefined, 8 / 24, "16:00", [[45355]]);
    expect(holiday[0][1]).toBeCloseTo(2, 10);
    // Without business hours the same request took 90 hours on the clock; an open request without addresses is counted within the range.
    expect((await RESPONSETIME(column(45352.625), column(45356.375)))[0][1]).toBeCloseTo(90, 10);
    expect((await RESPONSETIME(column(45352.625, 45353), column(45356.375, null)))[8]).toEqual(["firstUnansweredRow", 2]);
  });

  it("names the sheet cell of an end before its start, of a negative duration, of an end without a start and of text", async () => {
    const invocation = addresses("Tickets!B2:B4", "Tickets!C2:C4", "", "", "", "", "");
    await expectRejectedValueError(
      () => RESPONSETIME(column(45352.375, 45352.5, 45353), column(45352.4, 45352.375, 45353.5), undefined, null, null, OMITTED, null, invocation),
      "Cell C3 of ends (2024-03-01 09:00) is before its start in startsOrDurations (2024-03-01 12:00): swap the two ranges",
    );
    await expectRejectedValueError(() => RESPONSETIME(column(0.5, 0.25, -0.1), OMITTED, undefined, null, null, OMITTED, null, invocation), "Cell B4 of startsOrDurations must be a number ≥ 0");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375, null), column(45352.5, 45353), undefined, null, null, OMITTED, null, invocation), "Cell B3 of startsOrDurations is blank, but its row has an end in ends");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375, "i går"), column(45352.5, 45353), undefined, null, null, OMITTED, null, invocation), "Cell B3 of startsOrDurations must be a date");
    await expectRejectedValueError(() => RESPONSETIME(column(0.5, "soon"), OMITTED), "Row 2, column 1 of startsOrDurations must be a number or blank");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.625, 45353.5), OMITTED, undefined, null, null, OMITTED, null, invocation), "Cell B2 of startsOrDurations is 45352.625, a date rather than a duration; give the answer times as ends");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375), column(45352.5), undefined, "08:00", "16:00", [[45355, "jul"]]), "Row 1, column 2 of holidays must be a date");
    const swedish = await withDisplayLanguage("sv-SE", () => expectRejectedValueError(() => RESPONSETIME(column(45352.5), column(45352.375), undefined, null, null, OMITTED, null, invocation), "Cell C2 i ends"));
    expect(swedish).toContain("ligger före starten");
  });

  it("asks for both business hours, in order, as times of day, and only with starts and ends", async () => {
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375), column(45352.5), undefined, 8, "16:00"), 'businessStart must be a time of day such as "08:00"');
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375), column(45352.5), undefined, "08:00"), "businessEnd is empty, but businessStart is given");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375), column(45352.5), undefined, "16:00", "08:00"), "businessEnd (08:00) must be after businessStart (16:00)");
    await expectRejectedValueError(() => RESPONSETIME(column(0.5, 0.25), OMITTED, undefined, "08:00", "16:00"), "give starts and ends instead of durations");
    await expectRejectedValueError(() => RESPONSETIME(column(45352.375), column(45352.5), undefined, null, null, [[45355]]), "holidays are taken out of business hours");
    // A holiday list not filled in yet is no holidays.
    expect((await RESPONSETIME(column(45352.375), column(45352.5), undefined, null, null, column(null, null)))[0][1]).toBeCloseTo(3, 10);
  });

  it("reads a one-cell ends range that is blank as a request still open, not as ends left out", async () => {
    // Excel passes an omitted ends as null and a range, even one blank cell, as an array: [[null]] or [[""]] is an end
    // not yet filled in, so the start is a start, not a duration.
    for (const blank of [null, ""]) {
      const rows = await RESPONSETIME([[45352.625]], [[blank]], undefined, null, null, OMITTED, null, addresses("Tickets!B7", "Tickets!C7", "", "", "", "", ""));
      expect(rows.slice(0, 9)).toEqual([
        ["median", notAvailable],
        ["medianLow", notAvailable],
        ["medianHigh", notAvailable],
        ["p90", notAvailable],
        ["p90Low", notAvailable],
        ["p90High", notAvailable],
        ["answered", 0],
        ["unanswered", 1],
        ["firstUnansweredRow", 7],
      ]);
      expect((await RESPONSETIME([[45352.625]], [[blank]]))[8]).toEqual(["firstUnansweredRow", 1]);
    }
    // Ends left out (null, or undefined from a call without it) still read the range as durations.
    await expectRejectedValueError(() => RESPONSETIME([[45352.625]], OMITTED), "a date rather than a duration");
    await expectRejectedValueError(() => RESPONSETIME([[45352.625]]), "a date rather than a duration");
  });

  it("names the sheet row of the first request still open in ranges across a row: the row they share", async () => {
    // Starts in B2:D2, ends in B3:D3: the second request (C2) is the first still open, in sheet row 2.
    const starts = [[45352.375, 45352.5, 45353.5]];
    const ends = [[45352.5, null, null]];
    const rows = await RESPONSETIME(starts, ends, undefined, null, null, OMITTED, null, addresses("Tickets!B2:D2", "Tickets!B3:D3", "", "", "", "", ""));
    expect([rows[6], rows[7], rows[8]]).toEqual([["answered", 1], ["unanswered", 2], ["firstUnansweredRow", 2]]);
    expect((await RESPONSETIME([[45352.375, 45353.5]], [[null, null]], undefined, null, null, OMITTED, null, addresses("Log!B2:C2", "Log!B5:C5", "", "", "", "", "")))[8]).toEqual(["firstUnansweredRow", 2]);
    // Without addresses the row is counted from the range's first cell: a range across a row has one row.
    expect((await RESPONSETIME(starts, ends))[8]).toEqual(["firstUnansweredRow", 1]);
  });

  it("refuses a confidence of 0 or 1 (0 % or 100 %), whose interval is no interval", async () => {
    await expectRejectedValueError(() => RESPONSETIME([durations], OMITTED, undefined, null, null, OMITTED, 0), "confidence must be a fraction greater than 0 and less than 1 (0.95 = 95 %), got 0.");
    await expectRejectedValueError(() => RESPONSETIME([durations], OMITTED, undefined, null, null, OMITTED, 1), "got 1.");
    await expectRejectedValueError(() => RESPONSETIME([durations], OMITTED, undefined, null, null, OMITTED, 95), "For 95 %, write 0.95 or 95%.");
  });

  it("refuses a range with no response at all, and spills #N/A figures when every request is still open", async () => {
    await expectRejectedValueError(() => RESPONSETIME(column(null, "")), "startsOrDurations has no values");
    const open = await RESPONSETIME(column(45352.375, 45353.5), column(null, null));
    expect(open.slice(0, 9)).toEqual([
      ["median", notAvailable],
      ["medianLow", notAvailable],
      ["medianHigh", notAvailable],
      ["p90", notAvailable],
      ["p90Low", notAvailable],
      ["p90High", notAvailable],
      ["answered", 0],
      ["unanswered", 2],
      ["firstUnansweredRow", 1],
    ]);
  });

  it("reads a whole column of a million durations", async () => {
    // Durations of 1, 2, …, 1,048,576 minutes: the median is (524,288 + 524,289)/2 minutes, as MEDIAN gives it.
    const minutes = Array.from({ length: SHEET_ROWS }, (_, index) => [(SHEET_ROWS - index) / 1440]);
    const rows = await RESPONSETIME(minutes, OMITTED, ResponseTimeUnitOption.minutes, null, null, OMITTED, null, addresses("Log!D:D", "", "", "", "", "", ""));
    expect(rows[0][1]).toBeCloseTo(524_288.5, 4);
    expect(rows[6]).toEqual(["answered", SHEET_ROWS]);
    // The median's interval by ranks np ± 1.96 √(np(1 − p)) = 524,288 ± 1003.6 (within a couple of ranks).
    expect(Math.abs((rows[1][1] as number) - 523_285)).toBeLessThanOrEqual(2);
    expect(Math.abs((rows[2][1] as number) - 525_292)).toBeLessThanOrEqual(2);
  });
});
