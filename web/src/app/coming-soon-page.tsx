import { Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BackToPublicButton } from '../components/back-to-public-button';

type UpcomingPortal = 'individual' | 'processor' | 'association';

/** A portal that is not built yet: what it will do, and a way back to what exists. */
export function ComingSoonPage({ portal }: { portal: UpcomingPortal }) {
  const { t } = useTranslation();
  const features = [t(`portal.${portal}.feature1`), t(`portal.${portal}.feature2`), t(`portal.${portal}.feature3`)];
  return (
    <Card data-testid="coming-soon">
      <Result
        status="info"
        title={t(`portal.${portal}.title`)}
        subTitle={t('portal.comingSoon')}
        extra={<BackToPublicButton label={t('portal.backToPublic')} />}
      >
        <Typography.Paragraph>{t(`portal.${portal}.description`)}</Typography.Paragraph>
        <Typography.Paragraph strong>{t('portal.willLet')}</Typography.Paragraph>
        <ul>
          {features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
      </Result>
    </Card>
  );
}
