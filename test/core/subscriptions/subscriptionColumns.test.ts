import { detectSubscriptionColumns, meansCancelled } from "../../../src/core/subscriptions/subscriptionColumns";
import { SubscriptionDataError } from "../../../src/core/subscriptions/subscriptionDataError";

/** The code and parameters of the SubscriptionDataError `detect` throws. */
function refusal(detect: () => unknown): { code: string; params: unknown } {
  try {
    detect();
  } catch (error) {
    if (error instanceof SubscriptionDataError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("no SubscriptionDataError");
}

describe("detectSubscriptionColumns", () => {
  it("finds periods, active and cohort by their English, Danish and Swedish headers", () => {
    for (const headers of [
      ["Customer", "Periods stayed", "Still active", "Cohort"],
      ["Kunde", "Perioder", "Aktiv", "Kohorte"],
      ["Kund", "Antal månader", "Är aktiv", "Kohort"],
    ]) {
      const columns = detectSubscriptionColumns(headers);
      expect(columns).toMatchObject({ layout: "customers", periods: { index: 1 }, active: { index: 2 }, activeMeans: "active", cohort: { index: 3 } });
    }
  });

  it("reads a column headed like Churn, Opsagt or Uppsagd the other way round: yes means cancelled", () => {
    for (const header of ["Churn", "Opsagt", "Uppsagd", "Inactive", "Is inactive", "Inaktiv"]) {
      expect(detectSubscriptionColumns(["Tenure", header])).toMatchObject({ layout: "customers", active: { index: 1, header }, activeMeans: "cancelled" });
    }
    expect(meansCancelled("Still active")).toBe(false);
    expect(meansCancelled("Aktiv")).toBe(false);
  });

  it("takes pymc-marketing's recency and T (the paper's file) when there is no active column", () => {
    expect(detectSubscriptionColumns(["customer_id", "recency", "T", "cohorts"])).toMatchObject({
      layout: "recency",
      recency: { index: 1 },
      observedPeriods: { index: 2 },
      cohort: { index: 3, header: "cohorts" },
    });
  });

  it("takes a survivors curve by a header such as Active customers, Aktive kunder, Kvarvarande, before the active role's 'aktiv'", () => {
    for (const header of ["Active customers", "Aktive kunder", "Kvarvarande", "Survivors"]) {
      expect(detectSubscriptionColumns(["Period", header])).toMatchObject({ layout: "survivors", survivors: { index: 1 } });
    }
  });

  it("lets named columns decide: by header text (case and accents ignored) or 0-based position, null for no cohort", () => {
    const headers = ["Abonnement", "Måneder", "Status", "Gruppe"];
    expect(detectSubscriptionColumns(headers, { periods: "MÅNEDER", active: 2 })).toMatchObject({ layout: "customers", periods: { index: 1, source: "option" }, active: { index: 2, source: "option" }, cohort: { index: 3 } });
    expect(detectSubscriptionColumns(headers, { periods: 1, active: "STATUS", cohort: null }).cohort).toBeUndefined();
    expect(detectSubscriptionColumns(["Kohorte", "Aktiv", "Tilbage"], { survivors: "Tilbage" })).toMatchObject({ layout: "survivors", survivors: { index: 2 }, cohort: { index: 0 } });
  });

  it("names what is missing, a column that is not there and a column given twice", () => {
    expect(refusal(() => detectSubscriptionColumns(["Kunde", "Beløb"]))).toEqual({ code: "missingColumns", params: { missing: ["periods", "active"], headers: ["Kunde", "Beløb"] } });
    expect(refusal(() => detectSubscriptionColumns(["Kunde", "Perioder", undefined]))).toEqual({ code: "missingColumns", params: { missing: ["active"], headers: ["Kunde", "Perioder", "#3"] } });
    expect(refusal(() => detectSubscriptionColumns(["Perioder", "Aktiv"], { cohort: "Plan" }))).toEqual({ code: "unknownColumn", params: { role: "cohort", given: "Plan" } });
    expect(refusal(() => detectSubscriptionColumns(["Perioder", "Aktiv"], { active: 5 }))).toEqual({ code: "unknownColumn", params: { role: "active", given: 5 } });
    expect(refusal(() => detectSubscriptionColumns(["Perioder", "Aktiv"], { periods: 1, active: "Aktiv" }))).toEqual({ code: "sameColumnTwice", params: { roles: ["periods", "active"], column: "Aktiv" } });
  });
});
