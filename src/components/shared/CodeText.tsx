/** Text with `backtick` spans shown as code (never as HTML): the strings' and the catalog's convention. */
import { Fragment } from "preact";

export function CodeText({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`]+)`/).map((part, index) =>
        // Odd indexes are the captured code spans; parts never change order, so indexes are stable keys.
        index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
