import { Alert, Card, Col, Descriptions, Progress, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LAYER1_BUDGET } from '../../../../../src/core/notice/readability.js';
import { useLanguage } from '../../../lib/i18n';
import type { ReadabilityByLanguage } from '../api/types';

const LANGUAGES = ['zh-CN', 'en'] as const;

/**
 * Readability figures per language (characters, words, reading time, glossary terms) with layer 1
 * against its one-screen budget; warnings when layer 1 is over budget come first, in red.
 */
export function ReadabilityPanel({ readability }: { readability: ReadabilityByLanguage }) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const warnings = LANGUAGES.flatMap((lang) => readability[lang].warnings.map((w) => ({ lang, w })));
  const time = (seconds: number) =>
    seconds < 60
      ? t('notices.readability.seconds', { seconds })
      : t('notices.readability.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return (
    <Card size="small" title={t('notices.readability.title')} data-testid="readability-panel">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {warnings.length === 0 ? (
          <Alert type="success" showIcon title={t('notices.readability.fits')} data-testid="readability-ok" />
        ) : (
          warnings.map(({ lang, w }) => (
            <Alert
              key={`${lang}:${w.code}:${w.measure}`}
              type="error"
              showIcon
              banner
              data-testid="readability-warning"
              title={`${t(`notices.language.${lang}`)} — ${w.message[contentLang]}`}
            />
          ))
        )}
        <Row gutter={[16, 16]}>
          {LANGUAGES.map((lang) => {
            const r = readability[lang];
            const [value, budget] = lang === 'zh-CN' ? [r.layer1.han_characters, LAYER1_BUDGET.han_characters] : [r.layer1.words, LAYER1_BUDGET.en_words];
            const over = value > budget;
            return (
              <Col xs={24} md={12} key={lang}>
                <Card type="inner" size="small" title={t(`notices.language.${lang}`)} data-testid={`readability-${lang}`}>
                  <Typography.Text>
                    {t(lang === 'zh-CN' ? 'notices.readability.budgetHan' : 'notices.readability.budgetWords', { value, budget })}
                  </Typography.Text>
                  <Progress
                    percent={Math.min(100, Math.round((value / budget) * 100))}
                    status={over ? 'exception' : 'normal'}
                    aria-label={t('notices.readability.budget')}
                  />
                  <Descriptions size="small" column={1} bordered>
                    <Descriptions.Item label={t('notices.readability.layer1')}>
                      <span data-testid="readability-layer1">
                        {t('notices.readability.figures', { characters: r.layer1.characters, words: r.layer1.words, han: r.layer1.han_characters })} ·{' '}
                        {time(r.layer1.reading_seconds)}
                      </span>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('notices.readability.layer2')}>
                      {t('notices.readability.figures', { characters: r.layer2.characters, words: r.layer2.words, han: r.layer2.han_characters })} ·{' '}
                      {time(r.layer2.reading_seconds)}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('notices.readability.terms')}>
                      {t('notices.readability.termsFound', { count: r.layer1.terms.length + r.layer2.terms.length })}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
            );
          })}
        </Row>
      </Space>
    </Card>
  );
}
