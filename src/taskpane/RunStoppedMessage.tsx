import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Language } from "../i18n/language";
import { wizardText } from "../i18n/wizardStrings";
import { useLayout } from "./layout";

/**
 * What {@link RunStoppedMessage} shows: why a run (Run or Refresh) stopped, in the user's language.
 */
export interface RunStoppedMessageProps {
  language: Language;
  /** One sentence per reason, e.g. each unusable row of the edited segment rules. */
  messages: readonly string[];
}

/**
 * The error bar of a run that stopped: "The analysis could not run:" and a list of the reasons.
 * @example <RunStoppedMessage language="da" messages={["Ingen køb kunne læses, så der er intet at analysere."]} />
 */
export function RunStoppedMessage({ language, messages }: RunStoppedMessageProps) {
  const layout = useLayout();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {wizardText(language, "runStopped")}
        <ul className={layout.list}>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
