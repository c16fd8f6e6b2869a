import { useEffect, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { formatCount } from "./displayFormats";
import { failureText } from "./failureText";
import { useLayout } from "./layout";
import type { WorkbookPort } from "./workbookPort";

/** A range being read in row blocks: how far, its values, or why it could not be read (in the user's language). */
export type RangeReading = { status: "reading"; done: number; total: number } | { status: "read"; values: unknown[][] } | { status: "failed"; message: string };

/**
 * Reads a whole range with progress, again when the source changes, and cancels a read that is no longer wanted.
 * @example const reading = useRangeValues(workbook, source, "da"); // { status: "reading", done: 12000, total: 69660 }
 */
export function useRangeValues(workbook: WorkbookPort, source: { sheet: string; address: string; rowCount: number }, language: Language): RangeReading {
  const [reading, setReading] = useState<RangeReading>({ status: "reading", done: 0, total: source.rowCount });
  useEffect(() => {
    const controller = new AbortController();
    workbook
      .readRangeValues(
        { sheet: source.sheet, address: source.address },
        { signal: controller.signal, onProgress: ({ rowsRead, totalRows }) => setReading({ status: "reading", done: rowsRead, total: totalRows }) },
      )
      .then(
        ({ values }) => !controller.signal.aborted && setReading({ status: "read", values }),
        (error: unknown) => !controller.signal.aborted && setReading({ status: "failed", message: failureText(error, language) }),
      );
    return () => controller.abort();
  }, [workbook, source, language]);
  return reading;
}

/**
 * While a Columns step's range is read: the progress, or why it could not be read, and Back.
 * @example <RangeReadingView language="da" reading={reading} onBack={back} />
 */
export function RangeReadingView({ language, reading, onBack }: { language: Language; reading: RangeReading; onBack: () => void }) {
  const layout = useLayout();
  return (
    <div className={layout.stack}>
      {reading.status === "reading" && (
        <Field
          label={wizardText(language, "progressLabel")}
          hint={wizardText(language, "readingRows", { done: formatCount(reading.done, language), total: formatCount(reading.total, language) })}
        >
          <ProgressBar value={reading.total > 0 ? reading.done / reading.total : 0} max={1} />
        </Field>
      )}
      {reading.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{reading.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.spread}>
        <Button onClick={onBack}>{wizardText(language, "back")}</Button>
      </div>
    </div>
  );
}
