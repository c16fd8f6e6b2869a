/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RunStoppedMessage } from "../../src/taskpane/RunStoppedMessage";

describe("the message of a stopped run", () => {
  it("says the analysis could not run, in the user's language, and lists every reason", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <RunStoppedMessage language="sv" messages={["De ändrade segmentreglerna på bladet ”Segmentregler” kan inte användas:", "Rad 7, kolumn B: 6 ligger utanför 1–5."]} />
      </FluentProvider>,
    );
    const bar = screen.getByText(/^Analysen kunde inte köras:/);
    expect(within(bar).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "De ändrade segmentreglerna på bladet ”Segmentregler” kan inte användas:",
      "Rad 7, kolumn B: 6 ligger utanför 1–5.",
    ]);
  });
});
