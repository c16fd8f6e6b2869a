import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isoDateText } from "../core/read/civilDate";
import { benchmarkScenario } from "../core/simulate/benchmarkScenario";
import { simulateTransactionLog } from "../core/simulate/simulateTransactionLog";

/** One way of running the command on a file: its median wall time and the largest peak memory of its runs. */
export interface FileStage {
  stage: string;
  runs: number;
  milliseconds: number;
  peakMemoryMb: number;
}

/** Printed by the command's process at exit (through --require), so the parent reads the child's own peak memory. */
const PEAK_MARKER = "KV_PEAK_RSS_KB=";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The command line the way a user meets it: the benchmark's simulated log written as a CSV file (customer, ISO date,
 * amount), then `kundevaerdi analyze FILE` (the text report) and `… --json`, each in a fresh Node process writing to a
 * file, timed from start to exit, with that process's peak memory.
 * @example fileStages(path.join(__dirname, "kundevaerdi.js"), 1_000_000, 3) // [{ stage: "file → text report", … }, …]
 */
export function fileStages(cli: string, customers: number, runs: number): FileStage[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "kv-bench-"));
  try {
    const { parameters, options } = benchmarkScenario(customers);
    const log = simulateTransactionLog(parameters, options);
    const file = path.join(folder, "purchases.csv");
    const descriptor = fs.openSync(file, "w");
    fs.writeSync(descriptor, "customer,date,amount\n");
    for (let start = 0; start < log.length; start += 100_000) {
      const lines: string[] = [];
      for (let row = start; row < Math.min(log.length, start + 100_000); row += 1) lines.push(`${log.customerIds[log.customer[row]]},${isoDateText(log.day[row])},${log.amount[row]}`);
      fs.writeSync(descriptor, `${lines.join("\n")}\n`);
    }
    fs.closeSync(descriptor);
    const hook = path.join(folder, "peak.js");
    fs.writeFileSync(hook, `process.on("exit", () => process.stderr.write("\\n${PEAK_MARKER}" + process.resourceUsage().maxRSS + "\\n"));\n`);
    const megabytes = (fs.statSync(file).size / 1e6).toFixed(0);
    return [
      ["file → text report", []],
      ["file → --json", ["--json"]],
    ].map(([label, extra]) => {
      const times: number[] = [];
      let peak = 0;
      for (let run = 0; run < runs; run += 1) {
        // The output goes to a file, as `kundevaerdi analyze FILE --json > out.json` writes it.
        const output = fs.openSync(path.join(folder, "output"), "w");
        const start = performance.now();
        const child = spawnSync(process.execPath, ["--require", hook, cli, "analyze", file, ...(extra as string[])], { encoding: "utf8", stdio: ["ignore", output, "pipe"] });
        times.push(performance.now() - start);
        fs.closeSync(output);
        if (child.status !== 0) throw new Error(`kundevaerdi analyze failed: ${child.stderr}`);
        if (fs.statSync(path.join(folder, "output")).size === 0) throw new Error("kundevaerdi analyze wrote nothing");
        const kilobytes = Number(new RegExp(`${PEAK_MARKER}(\\d+)`).exec(child.stderr)?.[1] ?? NaN);
        peak = Math.max(peak, kilobytes / 1024);
      }
      return { stage: `${label as string} (${megabytes} MB, ${log.length.toLocaleString("en")} rows)`, runs, milliseconds: median(times), peakMemoryMb: peak };
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
