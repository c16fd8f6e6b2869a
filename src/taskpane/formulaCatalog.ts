import { averageOrderValue } from "../core/averageOrderValue";
import { cacPaybackMonths } from "../core/cacPayback";
import { churnRate } from "../core/churnRate";
import { conversionRate } from "../core/conversionRate";
import { conversionSampleSize } from "../core/conversionSampleSize";
import { customerEquity } from "../core/customerEquity";
import { netPromoterScore } from "../core/netPromoterScore";
import { purchaseFrequency } from "../core/purchaseFrequency";
import { retentionClv } from "../core/retentionClv";
import { retentionRate } from "../core/retentionRate";
import { simpleClv } from "../core/simpleClv";
import type { FormulaEntry } from "./formulaEntry";

const npsAnswers = [10, 9, 9, 8, 7, 3, 10, 6];
const npsBefore = [9, 10, 6, 3, 7, 8, 9, 5, 10, 2];
const npsAfter = [9, 10, 10, 9, 8, 7, 9, 10, 6, 9];
const satisfactionExample = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4];
const postInteractions = [120, 80, 200, 50];
const postReach = [2000, 1600, 2500, 1000];
/** Ten response times in days, as Excel keeps durations: 0:45, 1:30, 1:30, 2:15, 3:00, 3:00, 3:45, 6:00, 12:00, 24:00. */
const responseDays = [0.03125, 0.0625, 0.0625, 0.09375, 0.125, 0.125, 0.15625, 0.25, 0.5, 1];

/** Revenue per customer in a campaign test: B has more big spenders, and more customers who bought nothing. */
const revenueA = [0, 0, 0, 0, 12, 15, 18, 22, 25, 30, 35, 40, 45, 60, 80, 95, 120, 150, 210, 340];
const revenueB = [0, 0, 0, 10, 14, 16, 20, 24, 28, 32, 38, 44, 55, 70, 90, 110, 140, 480, 1250, 2900];

/** An array constant as typed in a formula: {1,2,3}. */
const arrayConstant = (values: readonly number[]) => `{${values.join(",")}}`;

/** The spilled examples' engine, loaded when the reference is first shown: it keeps the pane's first scripts small. */
const spilledExamples = () => import("./spilledExamples");

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
  {
    id: "NPSINTERVAL",
    category: "customerVoice",
    parameters: [{ name: "scores" }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(npsAnswers)],
    exampleResult: async () => (await spilledExamples()).npsIntervalRows(npsAnswers),
    description: "descNPSINTERVAL",
  },
  {
    id: "NPSCHANGE",
    category: "customerVoice",
    parameters: [{ name: "scoresBefore" }, { name: "scoresAfter" }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(npsBefore), arrayConstant(npsAfter)],
    exampleResult: async () => (await spilledExamples()).npsChangeRows(npsBefore, npsAfter),
    description: "descNPSCHANGE",
  },
  {
    id: "CSAT",
    category: "customerVoice",
    parameters: [{ name: "answers" }, { name: "scale", optional: true }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(satisfactionExample)],
    exampleResult: async () => (await spilledExamples()).csatRows(satisfactionExample),
    description: "descCSAT",
  },
  {
    id: "CSI",
    category: "customerVoice",
    parameters: [{ name: "answers" }, { name: "scale", optional: true }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(satisfactionExample)],
    exampleResult: async () => (await spilledExamples()).csiRows(satisfactionExample),
    description: "descCSI",
  },
  {
    id: "ENGAGEMENT",
    category: "customerVoice",
    parameters: [{ name: "interactions" }, { name: "audience" }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(postInteractions), arrayConstant(postReach)],
    exampleResult: async () => (await spilledExamples()).engagementRows(postInteractions, postReach),
    description: "descENGAGEMENT",
  },
  {
    id: "RESPONSETIME",
    category: "customerVoice",
    parameters: [
      { name: "startsOrDurations" },
      { name: "ends", optional: true },
      { name: "unit", optional: true },
      { name: "businessStart", optional: true },
      { name: "businessEnd", optional: true },
      { name: "holidays", optional: true },
      { name: "confidence", optional: true },
    ],
    exampleArguments: [arrayConstant(responseDays)],
    exampleResult: async () => (await spilledExamples()).responseTimeRows(responseDays),
    description: "descRESPONSETIME",
  },
  {
    id: "ABTEST",
    category: "experiments",
    parameters: [{ name: "visitorsA" }, { name: "conversionsA" }, { name: "visitorsB" }, { name: "conversionsB" }, { name: "confidence", optional: true }],
    exampleArguments: ["10000", "200", "10000", "260"],
    exampleResult: async () => (await spilledExamples()).abTestRows({ visitors: 10000, conversions: 200 }, { visitors: 10000, conversions: 260 }),
    description: "descABTEST",
  },
  {
    id: "ABSAMPLESIZE",
    category: "experiments",
    parameters: [{ name: "baselineRate" }, { name: "minimumUplift" }, { name: "power", optional: true }, { name: "confidence", optional: true }],
    exampleArguments: ["0.1", "0.02"],
    exampleResult: () => conversionSampleSize(0.1, 0.02, 0.8, 0.95),
    description: "descABSAMPLESIZE",
  },
  {
    id: "ABVALUE",
    category: "experiments",
    parameters: [{ name: "valuesA" }, { name: "valuesB" }, { name: "confidence", optional: true }],
    exampleArguments: [arrayConstant(revenueA), arrayConstant(revenueB)],
    exampleResult: async () => (await spilledExamples()).abValueRows(revenueA, revenueB),
    description: "descABVALUE",
  },
];
