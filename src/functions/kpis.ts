/*
 * Worksheet functions for marketing KPIs: KV.NPS, KV.CHURNRATE, KV.RETENTIONRATE, KV.CONVERSIONRATE,
 * KV.AOV, KV.PURCHASEFREQUENCY and KV.CACPAYBACK. The JSDoc of each function generates its entry in
 * functions.json; the arithmetic is in src/core. Rates are fractions: 0.05 = 5 % (format the cell as %).
 */
import { averageOrderValue } from "../core/averageOrderValue";
import { cacPaybackMonths } from "../core/cacPayback";
import { churnRate } from "../core/churnRate";
import { conversionRate } from "../core/conversionRate";
import { netPromoterScore } from "../core/netPromoterScore";
import { purchaseFrequency } from "../core/purchaseFrequency";
import { retentionRate } from "../core/retentionRate";
import { numberGrid, requiredNumber } from "./arguments";
import { excelResult } from "./errors";

/**
 * Net Promoter Score from raw 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to 100.
 * @customfunction NPS
 * @helpurl https://localhost:3000/functions.html#kv.nps
 * @param scores Range of answers, whole numbers from 0 to 10. Blank cells are skipped; 0 is an answer.
 * @returns The Net Promoter Score in points, from −100 to 100.
 * @remarks Excel passes blank cells as null or ""; both are skipped. A 0 is always a detractor's answer.
 */
export function NPS(scores: any[][]): number {
  return excelResult(() => netPromoterScore(numberGrid(scores, "scores")));
}

/**
 * Churn rate: customers lost during a period ÷ customers at its start, as a fraction (0.05 = 5 %).
 * @customfunction CHURNRATE
 * @helpurl https://localhost:3000/functions.html#kv.churnrate
 * @param customersAtStart Customers at the start of the period (> 0).
 * @param customersLost Of those, customers lost during the period (0 to customersAtStart).
 * @returns The churn rate as a fraction.
 */
export function CHURNRATE(customersAtStart: any, customersLost: any): number {
  return excelResult(() =>
    churnRate({
      customersAtStart: requiredNumber(customersAtStart, "customersAtStart"),
      customersLost: requiredNumber(customersLost, "customersLost"),
    }),
  );
}

/**
 * Retention rate: (customers at end − new customers) ÷ customers at start, as a fraction (0.85 = 85 %).
 * @customfunction RETENTIONRATE
 * @helpurl https://localhost:3000/functions.html#kv.retentionrate
 * @param customersAtStart Customers at the start of the period (> 0).
 * @param customersAtEnd Customers at the end of the period, including those won during it (≥ 0).
 * @param newCustomers Customers won during the period (0 to customersAtEnd).
 * @returns The retention rate as a fraction.
 */
export function RETENTIONRATE(customersAtStart: any, customersAtEnd: any, newCustomers: any): number {
  return excelResult(() =>
    retentionRate({
      customersAtStart: requiredNumber(customersAtStart, "customersAtStart"),
      customersAtEnd: requiredNumber(customersAtEnd, "customersAtEnd"),
      newCustomers: requiredNumber(newCustomers, "newCustomers"),
    }),
  );
}

/**
 * Conversion rate: conversions ÷ visitors, as a fraction (0.03 = 3 %).
 * @customfunction CONVERSIONRATE
 * @helpurl https://localhost:3000/functions.html#kv.conversionrate
 * @param conversions Visitors who converted, e.g. bought or signed up (0 to visitors).
 * @param visitors Visitors in the same period (> 0).
 * @returns The conversion rate as a fraction.
 */
export function CONVERSIONRATE(conversions: any, visitors: any): number {
  return excelResult(() =>
    conversionRate({
      conversions: requiredNumber(conversions, "conversions"),
      visitors: requiredNumber(visitors, "visitors"),
    }),
  );
}

/**
 * Average order value: revenue ÷ number of orders.
 * @customfunction AOV
 * @helpurl https://localhost:3000/functions.html#kv.aov
 * @param revenue Revenue of the orders, in your currency (≥ 0).
 * @param orders Number of orders (> 0).
 * @returns The average order value, in the currency of revenue.
 */
export function AOV(revenue: any, orders: any): number {
  return excelResult(() =>
    averageOrderValue({
      revenue: requiredNumber(revenue, "revenue"),
      orders: requiredNumber(orders, "orders"),
    }),
  );
}

/**
 * Purchase frequency: orders ÷ customers, the average number of orders per customer in a period.
 * @customfunction PURCHASEFREQUENCY
 * @helpurl https://localhost:3000/functions.html#kv.purchasefrequency
 * @param orders Orders in the period (≥ 0).
 * @param customers Distinct customers who ordered in the same period (> 0).
 * @returns The average number of orders per customer.
 */
export function PURCHASEFREQUENCY(orders: any, customers: any): number {
  return excelResult(() =>
    purchaseFrequency({
      orders: requiredNumber(orders, "orders"),
      customers: requiredNumber(customers, "customers"),
    }),
  );
}

/**
 * CAC payback: months of gross margin needed to recover the cost of acquiring a customer.
 * @customfunction CACPAYBACK
 * @helpurl https://localhost:3000/functions.html#kv.cacpayback
 * @param acquisitionCost Customer acquisition cost per new customer, in your currency (≥ 0).
 * @param monthlyRevenuePerCustomer Revenue per customer per month, in the same currency (> 0).
 * @param grossMargin Gross margin as a fraction, 0.4 = 40 % (above 0, at most 1).
 * @returns The payback period in months (not rounded).
 * @remarks acquisitionCost ÷ (monthlyRevenuePerCustomer × grossMargin).
 */
export function CACPAYBACK(acquisitionCost: any, monthlyRevenuePerCustomer: any, grossMargin: any): number {
  return excelResult(() =>
    cacPaybackMonths({
      acquisitionCost: requiredNumber(acquisitionCost, "acquisitionCost"),
      monthlyRevenuePerCustomer: requiredNumber(monthlyRevenuePerCustomer, "monthlyRevenuePerCustomer"),
      grossMargin: requiredNumber(grossMargin, "grossMargin"),
    }),
  );
}
