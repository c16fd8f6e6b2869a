import { defaultSubscriptionForm, validateSubscriptionForm } from "../../src/taskpane/subscriptionForm";

describe("the Subscriptions path's Analysis form", () => {
  it("starts at 5 projected periods and 10 % a period (Fader & Hardie 2010) without a value, written the language's way", () => {
    expect(defaultSubscriptionForm("da")).toEqual({ projectPeriods: "5", discountPercent: "10", valuePerPeriod: "" });
    expect(validateSubscriptionForm(defaultSubscriptionForm("en"), "en")).toEqual({ ok: true, settings: { projectPeriods: 5, discountRate: 0.1 } });
  });

  it("reads numbers as the user's language writes them", () => {
    expect(validateSubscriptionForm({ projectPeriods: "12", discountPercent: "0,8", valuePerPeriod: "1250,50" }, "da")).toEqual({
      ok: true,
      settings: { projectPeriods: 12, discountRate: 0.008, valuePerPeriod: 1250.5 },
    });
    expect(validateSubscriptionForm({ projectPeriods: "5", discountPercent: "0", valuePerPeriod: "0" }, "en")).toEqual({ ok: true, settings: { projectPeriods: 5, discountRate: 0, valuePerPeriod: 0 } });
  });

  it("marks each wrong field with what to write", () => {
    const checked = validateSubscriptionForm({ projectPeriods: "0", discountPercent: "150", valuePerPeriod: "-3" }, "en");
    expect(checked).toEqual({
      ok: false,
      problems: {
        projectPeriods: "Write a whole number of periods from 1 to 600.",
        discountPercent: "Write a percentage from 0 to 100.",
        valuePerPeriod: "Write an amount of 0 or more, or leave the field empty.",
      },
    });
    expect(validateSubscriptionForm({ projectPeriods: "2,5", discountPercent: "1e-9", valuePerPeriod: "abc" }, "en")).toMatchObject({ ok: false });
  });
});
