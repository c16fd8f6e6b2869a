import type { ReadDiagnostics } from "../../src/core/read/readDiagnostics";
import { figureTable, type Figure } from "../../src/core/report/figureTable";
import type { Report, ReportCell, ReportTable } from "../../src/core/report/reportModel";

/** A table of label/decimal columns with these keys; the renderers read cells by key, not by format. */
function table(id: string, keys: string[], rows: ReportCell[][]): ReportTable {
  return { id, title: id, columns: keys.map((key) => ({ key, format: key === "segment" || key === "model" ? "label" : "decimal" })), rows };
}

const fittedBgNbd: Figure[] = [
  ["bgnbd", "fitStatus", "fitted", "label"],
  ["bgnbd", "converged", "yes", "label"],
  ["bgnbd", "iterations", 21, "integer"],
  ["bgnbd", "evaluations", 30, "integer"],
  ["bgnbd", "gradientNorm", 1e-9, "decimal"],
  ["bgnbd", "stopReason", "stopReason_gradientSmall", "label"],
];
const unconvergedBgNbd: Figure[] = [
  ["bgnbd", "fitStatus", "reason_notConverged", "label"],
  ["bgnbd", "stopReason", "stopReason_iterationLimit", "label"],
  ["bgnbd", "iterations", 200, "integer"],
  ["bgnbd", "gradientNorm", 0.25, "decimal"],
];
const unavailableGammaGamma: Figure[] = [
  ["gammaGamma", "fitStatus", "reason_tooFewRepeatBuyersWithSpend", "label"],
  ["gammaGamma", "repeatBuyersWithSpend", 2, "integer"],
  ["gammaGamma", "minimum", 10, "integer"],
];

/**
 * A small report written by hand, with no analysis behind it: four customers, the Gamma-Gamma unavailable (two
 * repeat buyers with spend), two segments, two customer rows; the BG/NBD fitted in days or, for `simple`,
 * not converged, so the simple CLV over a 2-year lifetime (no parameters, no equity interval, the method's note).
 */
export function smallReport({ simple = false } = {}): Report {
  return {
    sheets: [
      {
        id: "overview",
        charts: [],
        ...(simple ? { notes: ["note_clvSimpleFallback"] } : {}),
        tables: [
          figureTable("headline", [
            ["customers", 4, "integer"],
            ["purchases", 9, "integer"],
            ["revenue", 1234.5, "currency"],
            ["repeatPurchaseRate", 0.5, "percent"],
            ["repeatCustomers", 2, "integer"],
            ["averageOrderValue", 137.1667, "currency"],
            ["purchaseFrequency", 2.25, "decimal"],
            ["customerEquity", 2500, "currency"],
            ["customerEquityLow", simple ? null : 2000, "currency"],
            ["customerEquityHigh", simple ? null : 3100, "currency"],
            ["averageClv", 625, "currency"],
            ["clvMethod", simple ? "methodSimple" : "method_customerAverage", "label"],
          ]),
          figureTable("assumptions", [
            ["observationEnd", 19723, "date"],
            ["timeUnit", "timeUnit_day", "label"],
            ...((simple
              ? [
                  ["customerLifetimeYears", 2, "decimal"],
                  ["observedYears", 1.5, "decimal"],
                ]
              : [["horizonMonths", 24, "integer"]]) as Figure[]),
            ["annualDiscountRate", 0.08, "percent"],
            ["monthlyDiscountRate", 0.0064, "percent"],
            ["grossMargin", 0.3, "percent"],
            ["newCustomers", 10, "integer"],
            ["segmentScheme", "scheme_rfm", "label"],
          ]),
          table(
            "modelParameters",
            ["model", "parameter", "estimate", "standardError", "unit"],
            simple
              ? []
              : [
                  ["bgnbd", "r", 0.5, 0.1, null],
                  ["bgnbd", "alpha", 12.5, 2, "timeUnit_day"],
                  ["bgnbd", "a", 0.9, null, null],
                  ["bgnbd", "b", 3.1, null, null],
                  ["bgnbd", "logLikelihood", -123.456, null, null],
                ],
          ),
          figureTable("modelFit", [...(simple ? unconvergedBgNbd : fittedBgNbd), ...unavailableGammaGamma], ["model", "figure"]),
          figureTable("spendIndependence", [
            ["repeatBuyersWithSpend", 2, "integer"],
            ["spendCorrelation", null, "decimal"],
            ["spendIndependenceQuestionable", "no", "label"],
          ]),
        ],
      },
      {
        id: "segments",
        charts: [],
        tables: [
          table(
            "segments",
            ["segment", "customers", "share", "revenue", "averageOrderValue", "repeatRate", "averageClv", "totalClv", "equityShare", "averagePAlive", "suggestedAction"],
            [
              ["champions", 1, 0.25, 1000, 250, 1, 1500, 1500, 0.6, 0.9, "action_champions"],
              ["hibernating", 3, 0.75, 234.5, 46.9, 1 / 3, 333.3333, 1000, 0.4, null, "action_hibernating"],
            ],
          ),
        ],
      },
      {
        id: "customers",
        charts: [],
        tables: [
          table(
            "customers",
            [
              "customer",
              "firstPurchase",
              "lastPurchase",
              "purchases",
              "revenue",
              "daysSinceLastPurchase",
              "frequency",
              "recency",
              "T",
              "monetary",
              "rScore",
              "fScore",
              "mScore",
              "segment",
              "pAlive",
              "expectedPurchases",
              "clv",
              "clvLow",
              "clvHigh",
            ],
            [
              ["K1", 19000, 19700, 4, 1000, 23, 3, 700.123456789, 723, 250.1234567, 5, 5, 5, "champions", 0.912345678, 2.3456789, 1500.123456, 1200.98765, 1800.55555],
              ["K2", 19500, 19500, 1, 80, 223, 0, 0, 223, 0, 1, 1, 2, null, null, null, 30, null, null],
            ],
          ),
        ],
      },
    ],
  };
}

/**
 * The small report with retention by month on its Overview, written by hand: January to April 2024, the average
 * 60 % over February and March (3 of 5 kept), April incomplete (its 50 % left out).
 */
export function withRetention(report: Report): Report {
  const retention: ReportTable[] = [
    figureTable("retentionAverage", [
      ["averageMonthlyRetentionRate", 0.6, "percent"],
      ["averageMonthlyChurnRate", 0.4, "percent"],
    ]),
    {
      id: "retentionByMonth",
      title: "retentionByMonth",
      columns: [
        { key: "month", format: "text" },
        { key: "activeCustomers", format: "integer" },
        { key: "newInMonth", format: "integer" },
        { key: "retainedCustomers", format: "integer" },
        { key: "monthlyRetentionRate", format: "percent" },
        { key: "monthlyChurnRate", format: "percent" },
        { key: "monthNote", format: "label" },
      ],
      rows: [
        ["2024-01", 2, 2, 0, null, null, null],
        ["2024-02", 3, 1, 2, 1, 0, null],
        ["2024-03", 2, 1, 1, 1 / 3, 2 / 3, null],
        ["2024-04", 1, 0, 1, 0.5, 0.5, "incompleteMonth"],
      ],
    },
  ];
  return { ...report, sheets: report.sheets.map((sheet) => (sheet.id === "overview" ? { ...sheet, tables: [...sheet.tables, ...retention] } : sheet)) };
}

/** What was read beside the small report: 12 rows, one skipped for a date that does not exist, one notice. */
export const smallRead: ReadDiagnostics = {
  rowsRead: 11,
  rowsSkipped: 1,
  emptyRows: 0,
  problemCount: 1,
  problemCounts: { invalidDate: 1 },
  problems: [{ row: 7, column: { index: 1, header: "Købsdato" }, reason: "invalidDate", value: "31-02-2024" }],
  notices: [{ code: "dateOrderAmbiguous", column: { index: 1, header: "Købsdato" }, assumed: "dmy", example: { row: 2, value: "03/04/2024" } }],
};

