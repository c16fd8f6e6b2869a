import type { ReadNotice } from "../core/read/readDiagnostics";
import { renderNoticeAdvice } from "../i18n/cliMessages";
import type { Language } from "../i18n/language";
import { renderReadNotice } from "../i18n/rowProblems";

/**
 * The read notices as the command prints them: each in the pane's words, followed by what to type to change the
 * decision ("… Choose the date order if that is wrong. If the dates are month first, run again with --date-order mdy.").
 * @example noticeTexts([{ code: "noAmountColumn" }], "en")[0] // "The data has no amount column, … Name the amount column with --amount COL."
 */
export function noticeTexts(notices: readonly ReadNotice[], language: Language): string[] {
  return notices.map((notice) => {
    const advice = renderNoticeAdvice(notice, language);
    const text = renderReadNotice(notice, language);
    return advice === undefined ? text : `${text} ${advice}`;
  });
}
