import {
  finiteResult,
  requireAtMost,
  requireFinite,
  requireFraction,
  requireNonNegative,
  requireOpenFraction,
  requirePositive,
  requireWholeNumber,
} from "../../src/core/argumentChecks";
import { expectInputError } from "./expectInputError";

describe("argument checks", () => {
  it("return valid values unchanged", () => {
    expect(requireFinite(-2.5, "x")).toBe(-2.5);
    expect(requireNonNegative(0, "x")).toBe(0);
    expect(requirePositive(1e-9, "x")).toBe(1e-9);
    expect(requireWholeNumber(12, "x")).toBe(12);
    expect(requireFraction(0, "x")).toBe(0);
    expect(requireFraction(1, "x")).toBe(1);
    expect(requireOpenFraction(0.95, "x")).toBe(0.95);
    expect(requireOpenFraction(1e-9, "x")).toBe(1e-9);
    expect(requireAtMost(5, "x", 5, "y")).toBe(5);
    expect(finiteResult(1e308, ["x"])).toBe(1e308);
  });

  it("reject NaN and infinities as not a number, before any other check", () => {
    for (const check of [requireFinite, requireNonNegative, requirePositive, requireWholeNumber, requireFraction, requireOpenFraction]) {
      expect(expectInputError(() => check(Number.NaN, "x"), "notANumber", "x").params).toEqual({ value: "NaN" });
      expectInputError(() => check(Number.POSITIVE_INFINITY, "x"), "notANumber", "x");
    }
  });

  it("name the failed condition", () => {
    expectInputError(() => requireNonNegative(-1, "x"), "mustBeNonNegative", "x");
    expectInputError(() => requirePositive(0, "x"), "mustBePositive", "x");
    expectInputError(() => requireWholeNumber(1.5, "x"), "mustBeWholeNumber", "x");
    expectInputError(() => requireWholeNumber(-1, "x"), "mustBeWholeNumber", "x");
    expectInputError(() => requireAtMost(6, "x", 5, "y"), "mustNotExceed", "x");
    expectInputError(() => finiteResult(Number.NaN, ["x", "y"]), "resultTooLarge", "x, y");
  });

  it("report a fraction above 1 and up to 100 as a percentage typed as a whole number", () => {
    expectInputError(() => requireFraction(1.5, "rate"), "rateLooksLikePercent", "rate");
    expectInputError(() => requireFraction(10, "rate"), "rateLooksLikePercent", "rate");
    expectInputError(() => requireFraction(100, "rate"), "rateLooksLikePercent", "rate");
    expectInputError(() => requireFraction(100.5, "rate"), "fractionRange", "rate");
    expectInputError(() => requireFraction(-0.1, "rate"), "fractionRange", "rate");
  });

  it("keep a confidence strictly between 0 and 1: 0 and 1 give no interval, 95 is a percentage typed as a whole number", () => {
    expect(expectInputError(() => requireOpenFraction(0, "confidence"), "openFractionRange", "confidence").params).toEqual({ value: 0 });
    expectInputError(() => requireOpenFraction(1, "confidence"), "openFractionRange", "confidence");
    expectInputError(() => requireOpenFraction(-0.5, "confidence"), "openFractionRange", "confidence");
    expectInputError(() => requireOpenFraction(95, "confidence"), "rateLooksLikePercent", "confidence");
    expectInputError(() => requireOpenFraction(100, "confidence"), "openFractionRange", "confidence");
  });
});
