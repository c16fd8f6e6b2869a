/*
 * Worksheet functions for customer lifetime value and customer equity: KV.CLV, KV.CLVRETENTION and
 * KV.CUSTOMEREQUITY. The JSDoc of each function generates its entry in functions.json; the arithmetic is
 * in src/core. Rates are fractions throughout: 0.1 = 10 % (a cell formatted as 10 % holds 0.1).
 */
import { customerEquity } from "../core/customerEquity";
import { retentionClv } from "../core/retentionClv";
import { simpleClv } from "../core/simpleClv";
import { numberOrNumbers, optionalNumber, requiredNumber } from "./arguments";
import { excelResult } from "./errors";

/**
 * Customer lifetime value: average order value × purchases per year × gross margin × lifespan in years, optionally discounted.
 * @customfunction CLV
 * @helpurl https://localhost:3000/functions.html#kv.clv
 * @param averageOrderValue Average revenue per order, in your currency (≥ 0).
 * @param purchasesPerYear Orders per customer per year (≥ 0).
 * @param lifespanYears Expected customer lifespan in years (≥ 0); fractions such as 2.5 are allowed.
 * @param grossMargin Gross margin as a fraction, 0.4 = 40 %. Omitted: 1, i.e. revenue rather than profit.
 * @param annualDiscountRate Annual discount rate as a fraction, 0.1 = 10 %. Omitted: 0, no discounting.
 * @returns The customer lifetime value, in the currency of averageOrderValue.
 * @remarks With a discount rate d, each year's value A = averageOrderValue × purchasesPerYear × grossMargin
 * arrives at the end of that year: CLV = Σ_{i=1}^{⌊L⌋} A/(1+d)^i + (L − ⌊L⌋) × A/(1+d)^⌈L⌉. A fractional
 * final year brings its share of a year's value, discounted as the year it falls in.
 */
export function CLV(
  averageOrderValue: any,
  purchasesPerYear: any,
  lifespanYears: any,
  grossMargin?: any,
  annualDiscountRate?: any,
): number {
  return excelResult(() =>
    simpleClv({
      averageOrderValue: requiredNumber(averageOrderValue, "averageOrderValue"),
      purchasesPerYear: requiredNumber(purchasesPerYear, "purchasesPerYear"),
      lifespanYears: requiredNumber(lifespanYears, "lifespanYears"),
      grossMargin: optionalNumber(grossMargin, "grossMargin"),
      annualDiscountRate: optionalNumber(annualDiscountRate, "annualDiscountRate"),
    }),
  );
}

/**
 * Retention-based customer lifetime value m·r/(1+d−r), or the sum over a number of periods.
 * @customfunction CLVRETENTION
 * @helpurl https://localhost:3000/functions.html#kv.clvretention
 * @param marginPerPeriod Margin a retained customer brings per period, in your currency (≥ 0).
 * @param retentionRate Share of customers kept from one period to the next, as a fraction, 0.8 = 80 %.
 * @param discountRate Discount rate per period, as a fraction, 0.1 = 10 %.
 * @param periods Number of periods to count (a whole number ≥ 0). Omitted: no end.
 * @returns The customer lifetime value, in the currency of marginPerPeriod.
 * @remarks The margin of period t is earned if the customer is still retained (r^t) and discounted at the
 * end of the period: CLV = Σ_{t=1}^{n} m·r^t/(1+d)^t, and m·r/(1+d−r) with no end (Gupta & Lehmann 2003).
 * With retentionRate 1 and discountRate 0 the value without an end is infinite: periods must be given.
 */
export function CLVRETENTION(marginPerPeriod: any, retentionRate: any, discountRate: any, periods?: any): number {
  return excelResult(() =>
    retentionClv({
      marginPerPeriod: requiredNumber(marginPerPeriod, "marginPerPeriod"),
      retentionRate: requiredNumber(retentionRate, "retentionRate"),
      discountRate: requiredNumber(discountRate, "discountRate"),
      periods: optionalNumber(periods, "periods"),
    }),
  );
}

/**
 * Customer equity: average CLV × existing customers + new customers × CLV of a new customer.
 * @customfunction CUSTOMEREQUITY
 * @helpurl https://localhost:3000/functions.html#kv.customerequity
 * @param clv One average CLV, or a range with the CLV of each customer (blank cells are skipped).
 * @param existingCustomers Number of existing customers. Omitted: the number of CLVs in the range (required with a single average CLV).
 * @param newCustomers Expected number of new customers. Omitted: 0.
 * @param newCustomerClv CLV of a new customer. Omitted: the average of clv.
 * @returns The customer equity, in the currency of clv.
 * @remarks With a range and no existingCustomers the existing customers are worth the sum of their CLVs.
 * With newCustomerClv omitted the result is average CLV × (existing + new customers).
 */
export function CUSTOMEREQUITY(clv: any[][], existingCustomers?: any, newCustomers?: any, newCustomerClv?: any): number {
  return excelResult(() =>
    customerEquity({
      clv: numberOrNumbers(clv, "clv"),
      existingCustomers: optionalNumber(existingCustomers, "existingCustomers"),
      newCustomers: optionalNumber(newCustomers, "newCustomers"),
      newCustomerClv: optionalNumber(newCustomerClv, "newCustomerClv"),
    }),
  );
}
