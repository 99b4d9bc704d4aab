import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { NoticeLayer1 } from '../../../components/notice/notice-layer1';
import { NoticeLayer2 } from '../../../components/notice/notice-layer2';
import type { NoticeWithReadability } from '../api/types';

/** Layer 1 and layer 2 of a version in both languages, as people will see them (terms explained inline). */
export function NoticePreview({ version }: { version: NoticeWithReadability }) {
  const { t } = useTranslation();
  const { notice, readability } = version;
  const tab = (lang: 'zh-CN' | 'en', layer: 1 | 2) => {
    const key = lang === 'zh-CN' ? 'zh' : 'en';
    return {
      key: `${lang}-${layer}`,
      label: t(`notices.preview.tab${layer}`, { language: t(`notices.language.${lang}`) }),
      children: (
        <div lang={lang}>
          {layer === 1 ? (
            <NoticeLayer1 layer={notice.notice.layer1[key]} purposes={notice.notice.purposes} terms={readability[lang].layer1.terms} />
          ) : (
            <NoticeLayer2 layer={notice.notice.layer2[key]} terms={readability[lang].layer2.terms} />
          )}
        </div>
      ),
    };
  };
  return (
    <Card size="small" title={t('notices.preview.title', { version: notice.version })} data-testid="notice-preview">
      <Tabs items={[tab('zh-CN', 1), tab('zh-CN', 2), tab('en', 1), tab('en', 2)]} />
    </Card>
  );
}
