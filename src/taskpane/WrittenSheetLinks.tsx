import { useState } from "react";
import { Link, MessageBar, MessageBarBody, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { failureText } from "./failureText";
import { useLayout } from "./layout";

/** What {@link WrittenSheetLinks} shows: the sheets a run wrote, and how to open one. */
export interface WrittenSheetLinksProps {
  language: Language;
  sheets: readonly { id: string; name: string }[];
  /** Activates a written sheet (worksheet.activate). */
  openSheet: (name: string) => Promise<void>;
}

/**
 * The Results steps' list of the sheets written, a link per sheet that opens it, and why it could not be opened.
 * @example <WrittenSheetLinks language="da" sheets={result.sheets} openSheet={excelWorkbook.activateSheet} />
 */
export function WrittenSheetLinks({ language, sheets, openSheet }: WrittenSheetLinksProps) {
  const layout = useLayout();
  const [failure, setFailure] = useState<string | undefined>(undefined);

  async function open(name: string) {
    setFailure(undefined);
    try {
      await openSheet(name);
    } catch (error) {
      setFailure(failureText(error, language));
    }
  }

  return (
    <>
      <nav aria-label={wizardText(language, "sheetsHeading")} className={layout.stackNarrow}>
        <Subtitle2 as="h3" block>
          {wizardText(language, "sheetsHeading")}
        </Subtitle2>
        <Text as="p" block>
          {wizardText(language, "sheetsHint")}
        </Text>
        <ul className={mergeClasses(layout.list, layout.stackTight)}>
          {sheets.map((sheet) => (
            <li key={sheet.id}>
              <Link as="button" onClick={() => void open(sheet.name)}>
                {sheet.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
