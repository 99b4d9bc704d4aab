import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Recovery codes, shown once: a list to copy or write down, and a button to say it is done. */
export function RecoveryCodesList({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="recovery-codes"
      title={t('recovery.shownOnce')}
      description={
        <>
          <Typography.Paragraph>{t('recovery.explain')}</Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: codes.join('\n') }}>
            <ul className="pisa-code pisa-recovery-codes">
              {codes.map((code) => (
                <li key={code} data-testid="recovery-code">
                  {code}
                </li>
              ))}
            </ul>
          </Typography.Paragraph>
          <Button onClick={onDone} data-testid="recovery-codes-saved">
            {t('recovery.saved')}
          </Button>
        </>
      }
    />
  );
}
