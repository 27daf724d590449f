/** Renders finding text from the API, showing its `backtick` spans as code (never as HTML). */
import { Fragment } from "preact";

export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, index) =>
        // Odd indexes are the captured code spans; the text never changes order, so indexes are stable keys.
        index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
