import { Tooltip } from 'antd';
import { Fragment } from 'react';
import { splitByTerms, type TermSpan } from './notice-terms';

const TERM_STYLE = { textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' } as const;

/**
 * A notice string with its glossary terms explained inline: each term is underlined and shows its
 * plain explanation on hover and on keyboard focus (readability terms of src/core/notice).
 */
export function TermText({ text, terms }: { text: string; terms: readonly TermSpan[] }) {
  return (
    <>
      {splitByTerms(text, terms).map((segment, i) =>
        segment.term === null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one fixed string, never reordered
          <Fragment key={i}>{segment.text}</Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one fixed string, never reordered
          <Tooltip key={i} title={segment.term.explanation} trigger={['hover', 'focus']}>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users get the explanation too */}
            <span tabIndex={0} style={TERM_STYLE} data-term={segment.term.term} aria-description={segment.term.explanation}>
              {segment.text}
            </span>
          </Tooltip>
        ),
      )}
    </>
  );
}
