import { averageOrderValue } from "../core/averageOrderValue";
import { cacPaybackMonths } from "../core/cacPayback";
import { churnRate } from "../core/churnRate";
import { conversionRate } from "../core/conversionRate";
import { customerEquity } from "../core/customerEquity";
import { netPromoterScore } from "../core/netPromoterScore";
import { purchaseFrequency } from "../core/purchaseFrequency";
import { retentionClv } from "../core/retentionClv";
import { retentionRate } from "../core/retentionRate";
import { simpleClv } from "../core/simpleClv";
import type { FormulaEntry } from "./formulaEntry";

const npsAnswers = [10, 9, 9, 8, 7, 3, 10, 6];

/**
 * The worksheet functions the pane lists, in the order a marketer meets them. Parameter names match
 * functions.json (a test compares them); each example's result comes from the engine.
 * @example formulaCatalog.map((entry) => entry.id) // ["CLV", …, "AOV", …]
 */
export const formulaCatalog: readonly FormulaEntry[] = [
  {
    id: "CLV",
    category: "lifetimeValue",
    parameters: [
      { name: "averageOrderValue" },
      { name: "purchasesPerYear" },
      { name: "lifespanYears" },
      { name: "grossMargin", optional: true },
      { name: "annualDiscountRate", optional: true },
    ],
    exampleArguments: ["500", "4", "3", "0.4", "0.1"],
    exampleResult: () =>
      simpleClv({ averageOrderValue: 500, purchasesPerYear: 4, lifespanYears: 3, grossMargin: 0.4, annualDiscountRate: 0.1 }),
    description: "descCLV",
  },
  {
    id: "CLVRETENTION",
    category: "lifetimeValue",
    parameters: [{ name: "marginPerPeriod" }, { name: "retentionRate" }, { name: "discountRate" }, { name: "periods", optional: true }],
    exampleArguments: ["100", "0.8", "0.12"],
    exampleResult: () => retentionClv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.12 }),
    description: "descCLVRETENTION",
  },
  {
    id: "CUSTOMEREQUITY",
    category: "lifetimeValue",
    parameters: [
      { name: "clv" },
      { name: "existingCustomers", optional: true },
      { name: "newCustomers", optional: true },
      { name: "newCustomerClv", optional: true },
    ],
    exampleArguments: ["1500", "2000", "300"],
    exampleResult: () => customerEquity({ clv: 1500, existingCustomers: 2000, newCustomers: 300 }),
    description: "descCUSTOMEREQUITY",
  },
  {
    id: "NPS",
    category: "kpis",
    parameters: [{ name: "scores" }],
    exampleArguments: [`{${npsAnswers.join(",")}}`],
    exampleResult: () => netPromoterScore([npsAnswers]),
    description: "descNPS",
  },
  {
    id: "CHURNRATE",
    category: "kpis",
    parameters: [{ name: "customersAtStart" }, { name: "customersLost" }],
    exampleArguments: ["1000", "150"],
    exampleResult: () => churnRate({ customersAtStart: 1000, customersLost: 150 }),
    description: "descCHURNRATE",
  },
  {
    id: "RETENTIONRATE",
    category: "kpis",
    parameters: [{ name: "customersAtStart" }, { name: "customersAtEnd" }, { name: "newCustomers" }],
    exampleArguments: ["1000", "1100", "250"],
    exampleResult: () => retentionRate({ customersAtStart: 1000, customersAtEnd: 1100, newCustomers: 250 }),
    description: "descRETENTIONRATE",
  },
  {
    id: "CONVERSIONRATE",
    category: "kpis",
    parameters: [{ name: "conversions" }, { name: "visitors" }],
    exampleArguments: ["45", "1500"],
    exampleResult: () => conversionRate({ conversions: 45, visitors: 1500 }),
    description: "descCONVERSIONRATE",
  },
  {
    id: "AOV",
    category: "kpis",
    parameters: [{ name: "revenue" }, { name: "orders" }],
    exampleArguments: ["125000", "500"],
    exampleResult: () => averageOrderValue({ revenue: 125000, orders: 500 }),
    description: "descAOV",
  },
  {
    id: "PURCHASEFREQUENCY",
    category: "kpis",
    parameters: [{ name: "orders" }, { name: "customers" }],
    exampleArguments: ["1800", "600"],
    exampleResult: () => purchaseFrequency({ orders: 1800, customers: 600 }),
    description: "descPURCHASEFREQUENCY",
  },
  {
    id: "CACPAYBACK",
    category: "kpis",
    parameters: [{ name: "acquisitionCost" }, { name: "monthlyRevenuePerCustomer" }, { name: "grossMargin" }],
    exampleArguments: ["600", "100", "0.4"],
    exampleResult: () => cacPaybackMonths({ acquisitionCost: 600, monthlyRevenuePerCustomer: 100, grossMargin: 0.4 }),
    description: "descCACPAYBACK",
  },
];
