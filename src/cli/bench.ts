/*
 * `npm run bench`: the engine end to end on synthetic purchase logs of 100,000 and 1,000,000 customers
 * (≈ 2.23 transactions each, simulated from BG/NBD + Gamma-Gamma), as the worksheet would hand them over:
 * rows of [customer id text, Excel serial date, amount]. Prints each stage's median time and the peak memory.
 * Each size runs in its own Node process so that its peak memory is its own. Then the command line on the same logs
 * written as CSV files (benchFile.ts: file → text report and → --json, each a fresh process). Then the worksheet functions
 * (benchFunctions.ts), also over whole columns (A2:A1048576) with 1,000 and 1,000,000 filled rows, each with
 * its result (customers, parameters) beside its time.
 */
import { spawnSync } from "node:child_process";
import { segmentCustomers, valueCustomers, type AnalysisSettings } from "../core/analysis/analyzeTransactions";
import { worksheetFunctionStages } from "./benchFunctions";
import { fileStages } from "./benchFile";
import * as path from "node:path";
import { readPurchaseData } from "../core/read/readPurchaseData";
import { dayToExcelSerial } from "../core/read/excelSerial";
import { benchmarkScenario } from "../core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../core/simulate/simulateTransactionLog";
import { customerDayOrder } from "../core/summary/customerDayOrder";
import { summarizeCustomers } from "../core/summary/customerSummary";
import { cohortAnalysis } from "../core/cohorts/cohortAnalysis";
import type { TransactionLog } from "../core/transactionLog";

interface SizeResult {
  customers: number;
  rows: number;
  runs: number;
  medians: Record<string, number>;
  peakMemoryMb: number;
}

/** The run the benchmark times: days, 12 months, 10 % a year, revenue (margin 1), the R×F segment map. */
const benchSettings: AnalysisSettings = {
  timeUnit: "day",
  horizonMonths: 12,
  annualDiscountRate: 0.1,
  grossMargin: 1,
  newCustomers: 0,
  segmentScheme: "rfm",
};

const sizes = [
  { customers: 100_000, runs: 9, targetSeconds: 0.4 },
  { customers: 1_000_000, runs: 5, targetSeconds: 3 },
];

/**
 * The log as worksheet rows: a header, then [customer id, Excel serial date, amount] per transaction. Passed
 * through JSON like Office.js's payload, so every cell is its own value as it would be when read from Excel.
 */
function worksheetRows(log: TransactionLog): unknown[][] {
  const rows: unknown[][] = new Array(log.length + 1);
  rows[0] = ["Customer", "Date", "Amount"];
  for (let i = 0; i < log.length; i += 1) {
    rows[i + 1] = [log.customerIds[log.customer[i]], dayToExcelSerial(log.day[i]), log.amount[i]];
  }
  return JSON.parse(JSON.stringify(rows)) as unknown[][];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timed<T>(times: Record<string, number[]>, stage: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  (times[stage] ??= []).push(performance.now() - start);
  return result;
}

/** One size, in this process: simulate once, then run the pipeline `runs` times. */
function runSize(customers: number, runs: number): SizeResult {
  const scenario = benchmarkScenario(customers);
  const log = simulateTransactionLog(scenario.parameters, scenario.options);
  const rows = worksheetRows(log);
  const times: Record<string, number[]> = {};
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const data = timed(times, "parse", () => readPurchaseData(rows));
    if (data.layout !== "transactions" || data.diagnostics.rowsSkipped > 0) throw new Error("the benchmark rows must read cleanly");
    const { order, summary } = timed(times, "summary", () => {
      const byCustomer = customerDayOrder(data.log);
      return { order: byCustomer, summary: summarizeCustomers(data.log, { timeUnit: benchSettings.timeUnit, order: byCustomer }) };
    });
    const valued = timed(times, "fits + predictions + intervals", () => valueCustomers(summary, benchSettings));
    timed(times, "segments", () => segmentCustomers(summary, valued, benchSettings));
    timed(times, "cohorts (observed and projected)", () => cohortAnalysis(data.log, summary, valued.value, benchSettings, order));
    (times["end to end"] ??= []).push(performance.now() - start);
  }
  const medians = Object.fromEntries(Object.entries(times).map(([stage, values]) => [stage, median(values)]));
  return { customers, rows: log.length, runs, medians, peakMemoryMb: process.resourceUsage().maxRSS / 1024 };
}

/** A worksheet-function stage's median time and its result in words. */
interface FunctionResult {
  stage: string;
  runs: number;
  milliseconds: number;
  result: string;
}

/** The worksheet functions, each stage timed its number of runs (a fitting function until its result is there); the result is the last run's. */
async function runFunctions(): Promise<FunctionResult[]> {
  const results: FunctionResult[] = [];
  for (const { stage, runs, run, result } of await worksheetFunctionStages()) {
    const times: number[] = [];
    let output: unknown;
    try {
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        output = await run();
        times.push(performance.now() - start);
      }
    } catch (error) {
      // A function's #VALUE! is a CustomFunctions.Error, which Node lacks: report the stage as failed and go on.
      results.push({ stage, runs, milliseconds: NaN, result: `failed: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    results.push({ stage, runs, milliseconds: median(times), result: result ? result(output) : "" });
  }
  return results;
}

function main(): void {
  if (process.argv.includes("--functions")) {
    void runFunctions().then((results) => process.stdout.write(JSON.stringify(results)));
    return;
  }
  const sizeFlag = process.argv.indexOf("--size");
  if (sizeFlag >= 0) {
    const customers = Number(process.argv[sizeFlag + 1]);
    const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]);
    process.stdout.write(JSON.stringify(runSize(customers, runs)));
    return;
  }
  console.log(`Kundeværdi benchmark — Node ${process.version}, ${process.arch}; medians in milliseconds\n`);
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, "--size", String(size.customers), "--runs", String(size.runs)], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exitCode = 1;
      return;
    }
    const result = JSON.parse(child.stdout) as SizeResult;
    console.log(`${result.customers.toLocaleString("en")} customers, ${result.rows.toLocaleString("en")} transaction rows, ${result.runs} runs`);
    for (const [stage, milliseconds] of Object.entries(result.medians)) console.log(`  ${stage.padEnd(32)} ${milliseconds.toFixed(0).padStart(7)} ms`);
    const seconds = result.medians["end to end"] / 1000;
    console.log(`  ${"peak memory (whole process)".padEnd(32)} ${result.peakMemoryMb.toFixed(0).padStart(7)} MB`);
    console.log(`  target: end to end ≤ ${size.targetSeconds} s → ${seconds <= size.targetSeconds ? "met" : "MISSED"} (${seconds.toFixed(2)} s)\n`);
  }
  console.log("The command line on a file (each run a fresh process, start to exit; peak memory of that process)");
  for (const size of sizes) {
    for (const { stage, runs, milliseconds, peakMemoryMb } of fileStages(path.join(__dirname, "kundevaerdi.js"), size.customers, size.customers >= 1_000_000 ? 3 : 5)) {
      console.log(`  ${`${size.customers.toLocaleString("en")} customers, ${stage}`.padEnd(72)} ${milliseconds.toFixed(0).padStart(7)} ms  ${peakMemoryMb.toFixed(0).padStart(6)} MB  (${runs} runs)`);
    }
  }
  console.log("");
  const functions = spawnSync(process.execPath, [...process.execArgv, __filename, "--functions"], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (functions.status !== 0) {
    process.stderr.write(functions.stderr);
    process.exitCode = 1;
    return;
  }
  console.log("Worksheet functions (target: each well under a second up to 100,000 rows); median of the runs, and the result");
  for (const { stage, runs, milliseconds, result } of JSON.parse(functions.stdout) as FunctionResult[]) {
    console.log(`  ${stage.padEnd(56)} ${milliseconds.toFixed(0).padStart(7)} ms  (${runs} runs)  ${result}`);
  }
}

main();
