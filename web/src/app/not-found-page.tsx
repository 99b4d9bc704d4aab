import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { BackToPublicButton } from '../components/back-to-public-button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t('notFound.title')} subTitle={t('notFound.description')} extra={<BackToPublicButton label={t('notFound.home')} />} />;
}
