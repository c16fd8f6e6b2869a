import fc from "fast-check";
import { daysFromCivil } from "../../../src/core/read/civilDate";
import { COHORT_PERIODS, periodLabel, periodOfDay, periodStartDay } from "../../../src/core/cohorts/calendarPeriod";

describe("calendar periods", () => {
  it("names months, quarters and ISO weeks as ISO 8601 does", () => {
    expect(periodLabel("month", periodOfDay("month", daysFromCivil(1997, 3, 31)))).toBe("1997-03");
    expect(periodLabel("quarter", periodOfDay("quarter", daysFromCivil(1997, 3, 31)))).toBe("1997-Q1");
    expect(periodLabel("quarter", periodOfDay("quarter", daysFromCivil(1997, 4, 1)))).toBe("1997-Q2");
    // ISO weeks (ISO 8601; e.g. timeanddate.com's week numbers): Monday 2024-12-30 is 2025-W01, Sunday 2021-01-03 is
    // 2020-W53, Saturday 2026-12-05 is 2026-W49, Monday 1997-01-06 is 1997-W02.
    expect(periodLabel("week", periodOfDay("week", daysFromCivil(2024, 12, 30)))).toBe("2025-W01");
    expect(periodLabel("week", periodOfDay("week", daysFromCivil(2021, 1, 3)))).toBe("2020-W53");
    expect(periodLabel("week", periodOfDay("week", daysFromCivil(2026, 12, 5)))).toBe("2026-W49");
    expect(periodLabel("week", periodOfDay("week", daysFromCivil(1997, 1, 6)))).toBe("1997-W02");
    expect(periodLabel("month", periodOfDay("month", daysFromCivil(1969, 12, 31)))).toBe("1969-12");
  });

  it("starts weeks on Monday and months and quarters on their first day", () => {
    expect(periodStartDay("week", periodOfDay("week", daysFromCivil(2026, 12, 5)))).toBe(daysFromCivil(2026, 11, 30));
    expect(periodStartDay("quarter", periodOfDay("quarter", daysFromCivil(1998, 8, 17)))).toBe(daysFromCivil(1998, 7, 1));
    expect(periodStartDay("month", periodOfDay("month", daysFromCivil(1960, 2, 29)))).toBe(daysFromCivil(1960, 2, 1));
  });

  it("puts every day in the one period that starts on or before it and ends before the next starts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COHORT_PERIODS), fc.integer({ min: daysFromCivil(1950, 1, 1), max: daysFromCivil(2199, 12, 31) }), (period, day) => {
        const index = periodOfDay(period, day);
        return periodStartDay(period, index) <= day && day < periodStartDay(period, index + 1) && periodOfDay(period, periodStartDay(period, index)) === index;
      }),
    );
  });
});
