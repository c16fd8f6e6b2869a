import type { SeedData } from "./seedData";
import { WorkbookView, type WorkbookViewProps } from "./WorkbookView";

export interface DemoPageProps extends WorkbookViewProps {
  source: SeedData["source"];
  /** Purchase rows seeded (without the header row). */
  dataRows: number;
  /** The production task pane page, opened in the iframe (its office.js is served from a local copy). */
  paneUrl: string;
}

/**
 * Where the demo's data came from, as the header says it; simulated data says so.
 * @example sourceLabel({ kind: "file", name: "cdnowElog.csv" }, 6919) // "Data: cdnowElog.csv (6,919 rows)"
 */
export function sourceLabel(source: SeedData["source"], dataRows: number): string {
  const rows = dataRows.toLocaleString("en-US");
  if (source.kind === "file") return `Data: ${source.name} (${rows} rows)`;
  return `Simulated purchase log, not real data: ${source.customers.toLocaleString("en-US")} customers, seed ${source.seed} (${rows} rows)`;
}

/**
 * The demo page: the in-page workbook on the left and the real task pane (the production build) on the right.
 * @example <DemoPage book={book} source={{ kind: "file", name: "cdnowElog.csv" }} dataRows={6919} paneUrl="/taskpane.html" />
 */
export function DemoPage({ book, source, dataRows, paneUrl }: DemoPageProps) {
  return (
    <div className="demo">
      <header className="demo-header">
        <h1>Kundeværdi — the task pane on an in-page workbook (no Excel)</h1>
        <span className={source.kind === "simulated" ? "data-source simulated" : "data-source"}>{sourceLabel(source, dataRows)}</span>
      </header>
      <div className="demo-body">
        <WorkbookView book={book} />
        <iframe className="pane-frame" title="Kundeværdi task pane" src={paneUrl} />
      </div>
    </div>
  );
}
