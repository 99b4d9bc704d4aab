import { Space, Tag, Typography } from 'antd';
import type { LocatedTerm } from '../../../../src/core/notice/readability.js';
import type { Layer2 } from '../../../../src/core/notice/types.js';
import { useFormatCitation } from '../../lib/citation';
import { termsAt } from './notice-terms';
import { TermText } from './term-text';

/** Layer 2, the full notice: every section with its items and the article each item answers. */
export function NoticeLayer2({ layer, terms }: { layer: Layer2; terms: readonly LocatedTerm[] }) {
  const formatCitation = useFormatCitation();
  return (
    <div data-testid="notice-layer2">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        <TermText text={layer.title} terms={termsAt(terms, ['title'])} />
      </Typography.Title>
      {layer.sections.map((section, i) => (
        <section key={section.id}>
          <Typography.Title level={5}>
            <TermText text={section.heading} terms={termsAt(terms, ['sections', i, 'heading'])} />
          </Typography.Title>
          <ul style={{ paddingInlineStart: 20 }}>
            {section.items.map((item, j) => (
              <li key={item.id} style={{ marginBottom: 4 }}>
                <TermText text={item.text} terms={termsAt(terms, ['sections', i, 'items', j, 'text'])} />{' '}
                <Space size={2} wrap>
                  {item.citations.map((c) => (
                    <Tag key={`${c.law}:${c.article}`} variant="outlined">
                      {formatCitation(c)}
                    </Tag>
                  ))}
                </Space>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
