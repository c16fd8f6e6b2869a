import { STUDY_SCENARIOS, STUDY_SIZES, runCell, studyTable, type ReplicateResult, type StudyCell } from "../../scripts/smallBaseStudy";

// The small-base study of docs/smallBaseStudy.md, run only on demand (about 75 s):
//   KV_SMALL_BASE_STUDY=1 npx jest test/scripts/smallBaseStudy.test.ts
// KV_SMALL_BASE_REPLICATES (default 200) and KV_SMALL_BASE_SEED (default 2025) change the replicates and the seed.
const run = process.env.KV_SMALL_BASE_STUDY === "1" ? it : it.skip;

run("prints the small-base study's table and the pooled figures by repeat buyers", () => {
  const replicates = Number(process.env.KV_SMALL_BASE_REPLICATES ?? 200);
  const seed = Number(process.env.KV_SMALL_BASE_SEED ?? 2025);
  const cells: StudyCell[] = [];
  const all: ReplicateResult[] = [];
  for (const scenario of STUDY_SCENARIOS) {
    for (const customers of STUDY_SIZES) {
      const { cell, results } = runCell(scenario, customers, replicates, seed);
      cells.push(cell);
      all.push(...results);
    }
  }
  const fitted = all.filter((result) => result.outcome === "fitted");
  const bands = [0, 10, 20, 30, 40, 60, 100, 200, Infinity];
  const lines = ["| repeat buyers | fits | degenerate % | inversions % degenerate / sound | MAE ÷ truth's degenerate / sound | model beats simple % |", "| --- | ---: | ---: | --- | --- | ---: |"];
  const mean = (values: (number | null)[]): string => {
    const present = values.filter((value): value is number => value !== null);
    return present.length === 0 ? "–" : (present.reduce((sum, value) => sum + value, 0) / present.length).toFixed(3);
  };
  for (let k = 0; k + 1 < bands.length; k += 1) {
    const band = fitted.filter((result) => result.repeatBuyers >= bands[k] && result.repeatBuyers < bands[k + 1]);
    const degenerate = band.filter((result) => result.degenerate);
    const sound = band.filter((result) => !result.degenerate);
    lines.push(
      `| ${bands[k]}–${bands[k + 1] === Infinity ? "" : bands[k + 1] - 1} | ${band.length} | ${((100 * degenerate.length) / band.length).toFixed(0)} | ` +
        `${mean(degenerate.map((r) => r.modelInversions && 100 * r.modelInversions))} / ${mean(sound.map((r) => r.modelInversions && 100 * r.modelInversions))} | ` +
        `${mean(degenerate.map((r) => r.modelError / r.truthError))} / ${mean(sound.map((r) => r.modelError / r.truthError))} | ` +
        `${((100 * band.filter((r) => r.modelError < r.simpleError).length) / band.length).toFixed(0)} |`,
    );
  }
  const degenerate = fitted.filter((result) => result.degenerate);
  const sound = fitted.filter((result) => !result.degenerate);
  const pooled =
    `pooled: ${fitted.length} fits, ${degenerate.length} degenerate; inversions % degenerate ${mean(degenerate.map((r) => r.modelInversions && 100 * r.modelInversions))}, ` +
    `sound ${mean(sound.map((r) => r.modelInversions && 100 * r.modelInversions))}, simple ${mean(fitted.map((r) => r.simpleInversions && 100 * r.simpleInversions))}; ` +
    `everyone alive: ${fitted.filter((r) => r.everyoneAlive).length} fits, of them degenerate ${fitted.filter((r) => r.everyoneAlive && r.degenerate).length}`;
  process.stdout.write(`\nseed ${seed}, ${replicates} replicates per cell\n\n${studyTable(cells)}\n\n${lines.join("\n")}\n\n${pooled}\n`);
  expect(cells).toHaveLength(STUDY_SCENARIOS.length * STUDY_SIZES.length);
}, 3_600_000);
