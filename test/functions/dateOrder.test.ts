/**
 * The day/month order of text dates in the worksheet functions (docs/functions.md, "Day or month first"): the
 * dateOrder argument decides; else a date whose day is above 12; else the function asks for dateOrder — it never
 * reads 03/04/2024 one way silently, and never by the Office language (the data may come from anywhere).
 */
import { dayToExcelSerial } from "../../src/core/read/excelSerial";
import { daysFromCivil } from "../../src/core/read/civilDate";
import { NEXTPURCHASE, RFM } from "../../src/functions/customerHistory";
import { clearFitCache, fitCacheStatistics } from "../../src/functions/fitCache";
import { BGNBD, TimeUnitOption } from "../../src/functions/models";
import { dateOrderArgument } from "../../src/functions/ranges";
import { excelValue, expectRejectedValueError, expectValueError, withDisplayLanguage } from "./excelErrors";

const serial = (year: number, month: number, day: number): number => dayToExcelSerial(daysFromCivil(year, month, day));
const two = (n: number): string => String(n).padStart(2, "0");

/**
 * Forty customers of an American export: purchases on days 1–12 of the months, written month first
 * (MM/DD/YYYY), so that every date could also be read day first. Each customer buys in two months.
 */
const purchases = Array.from({ length: 40 }, (_, i) => [
  { customer: `K${i}`, month: 1 + (i % 6), day: 1 + (i % 12), amount: 100 + i },
  { customer: `K${i}`, month: 7 + (i % 5), day: 1 + ((i * 5) % 12), amount: 50 + 2 * i },
]).flat();
const customers = purchases.map(({ customer }) => [customer]);
const monthFirst = purchases.map(({ month, day }) => [`${two(month)}/${two(day)}/2024`]);
const serials = purchases.map(({ month, day }) => [serial(2024, month, day)]);
const amounts = purchases.map(({ amount }) => [amount]);
const languages = ["en-US", "en-GB", "da-DK", "sv-SE"];

beforeEach(() => clearFitCache());

describe("when every text date could be day first or month first", () => {
  it("asks for dateOrder, in English, Danish and Swedish, showing an example read both ways", () => {
    const call = () => RFM(customers, monthFirst, amounts);
    const en = expectValueError(call, "The dates in dates could be day first or month first: no date has a day above 12");
    expect(en).toContain('Give dateOrder: "dmy" (day first) or "mdy" (month first).');
    const da = withDisplayLanguage("da-DK", () => expectValueError(call, "Datoerne i dates kan have dagen eller måneden først"));
    expect(da).toContain('Angiv dateOrder: "dmy" (dagen først) eller "mdy" (måneden først).');
    const sv = withDisplayLanguage("sv-SE", () => expectValueError(call, "Datumen i dates kan ha dagen eller månaden först"));
    expect(sv).toContain('Ange dateOrder: "dmy" (dagen först) eller "mdy" (månaden först).');
  });

  it("names the first date that could be either, with its two readings", () => {
    // The first purchase, 01/01/2024, reads the same both ways; the second, 07/01/2024, does not.
    const message = expectValueError(() => RFM(customers, monthFirst, amounts), "'07/01/2024' (row 2) is 2024-01-07 day first but 2024-07-01 month first.");
    expect(message).toContain("Rows are counted from the first cell of the range.");
  });

  it("asks whatever the Office language: the order of the data is not the user's", async () => {
    for (const language of languages) {
      await withDisplayLanguage(language, async () => {
        expectValueError(() => RFM(customers, monthFirst, amounts), "dateOrder");
        expectValueError(() => NEXTPURCHASE(customers, monthFirst), "dateOrder");
        await expectRejectedValueError(() => BGNBD(customers, monthFirst), "dateOrder");
      });
    }
  });

  it("reads the dates in the order given, whatever the Office language", async () => {
    const expected = RFM(customers, serials, amounts);
    expect(expected).toHaveLength(41);
    for (const language of languages) {
      await withDisplayLanguage(language, async () => {
        expect(RFM(customers, monthFirst, amounts, null, "mdy")).toEqual(expected);
        expect(NEXTPURCHASE(customers, monthFirst, null, "mdy")).toEqual(NEXTPURCHASE(customers, serials));
        expect(await BGNBD(customers, monthFirst, null, TimeUnitOption.day, "mdy")).toEqual(await BGNBD(customers, serials, null, TimeUnitOption.day));
      });
    }
    // Read day first, the same text gives other dates: 07/01/2024 is 7 January.
    const dayFirst = RFM(customers, monthFirst, amounts, null, "dmy");
    expect(dayFirst).not.toEqual(expected);
    expect(dayFirst[1][2]).toBe(serial(2024, 1, 7));
  });

  it("fits again when only the order changes (the order is part of the fit's cache key)", async () => {
    await BGNBD(customers, monthFirst, null, TimeUnitOption.day, "mdy");
    await BGNBD(customers, monthFirst, null, TimeUnitOption.day, "mdy");
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 1 });
    // Read day first these dates make a log the model cannot fit; what matters is that it is fitted, not the cached month-first fit.
    await expectRejectedValueError(() => BGNBD(customers, monthFirst, null, TimeUnitOption.day, "dmy"), "BG/NBD");
    expect(fitCacheStatistics()).toEqual({ hits: 1, fits: 2 });
  });
});

describe("when a date shows the order", () => {
  it("a day above 12 decides, in every Office language", () => {
    const withEvidence = [...monthFirst.slice(0, -1), ["12/25/2024"]];
    const withEvidenceSerials = [...serials.slice(0, -1), [serial(2024, 12, 25)]];
    const dayFirstText = purchases.map(({ month, day }) => [`${two(day)}/${two(month)}/2024`]);
    dayFirstText[dayFirstText.length - 1] = ["25/12/2024"];
    for (const language of languages) {
      withDisplayLanguage(language, () => {
        expect(RFM(customers, withEvidence, amounts)).toEqual(RFM(customers, withEvidenceSerials, amounts));
        expect(RFM(customers, dayFirstText, amounts)).toEqual(RFM(customers, withEvidenceSerials, amounts));
      });
    }
  });

  it("a date that does not fit the order given is an error naming its row", () => {
    const dates = [["03/04/2024"], ["25/06/2024"]];
    expectValueError(() => RFM([["A"], ["B"]], dates, [[1], [2]], null, "mdy"), "Row 2, column 'dates': '25/06/2024'");
  });

  it("dates written both ways are an error at the first that could be either, saying what to do", () => {
    const dates = [["25/06/2024"], ["06/26/2024"], ["03/04/2024"]];
    const call = () => RFM([["A"], ["B"], ["C"]], dates, [[1], [2], [3]]);
    expect(expectValueError(call, "Row 3, column 'dates': '03/04/2024' could be day first or month first")).toContain('dateOrder "dmy" (day first) or "mdy" (month first)');
    withDisplayLanguage("da-DK", () => expectValueError(call, 'dateOrder "dmy" (dagen først) eller "mdy" (måneden først)'));
    withDisplayLanguage("sv-SE", () => expectValueError(call, 'dateOrder "dmy" (dagen först) eller "mdy" (månaden först)'));
  });

  it("Excel dates, ISO dates and dates with dots need no order", () => {
    const dates = [[45292], ["2024-02-03"], ["03.04.2024"]];
    expect(RFM([["A"], ["A"], ["A"]], dates, [[1], [2], [3]])[1].slice(1, 3)).toEqual([45292, serial(2024, 4, 3)]);
  });
});

describe("dateOrderArgument", () => {
  it.each([
    ["dmy", "dmy"],
    ["MDY", "mdy"],
    ["dmå", "dmy"],
    ["mdå", "mdy"],
    ["dd/mm/yyyy", "dmy"],
    ["MM-DD-ÅÅÅÅ", "mdy"],
    [" d.m.y ", "dmy"],
  ])("reads %j as %s", (text, order) => {
    expect(dateOrderArgument(text, "dateOrder")).toBe(order);
  });

  it("is undefined when blank: the data decide", () => {
    expect(dateOrderArgument(null, "dateOrder")).toBeUndefined();
    expect(dateOrderArgument("", "dateOrder")).toBeUndefined();
  });

  it("refuses anything else, listing the choices", async () => {
    expectValueError(() => RFM([["A"]], [["03/04/2024"]], [[1]], null, "ymd"), `dateOrder must be one of "dmy", "mdy", got 'ymd'`);
    await expectRejectedValueError(() => BGNBD([["A"]], [["03/04/2024"]], null, excelValue(null), 1), "dateOrder must be one of");
  });
});
