import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PUBLIC_PATHS } from '../config/paths';
import { navigate } from '../lib/use-route';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.description')}
      extra={
        <Button
          type="primary"
          href={PUBLIC_PATHS.rules}
          onClick={(event) => {
            event.preventDefault();
            navigate(PUBLIC_PATHS.rules);
          }}
        >
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
