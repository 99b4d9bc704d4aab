import { Button, Col, Form, Input, message, Row, Select, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_CHOICES } from '../../../config/jurisdictions';
import type { CheckRequest } from '../api/check-declaration';
import { SAMPLE_DECLARATION } from '../sample-declaration';

const ACCEPTED_FILES = '.yaml,.yml,.json';
/** Larger files are refused by the API anyway (INPUT_TOO_LARGE); do not freeze the textarea. */
const MAX_FILE_BYTES = 1_000_000;

type DeclarationFormProps = { isPending: boolean; onSubmit: (request: CheckRequest) => void };

/** The declaration text (typed, pasted or read from a file), an optional date and jurisdictions. */
export function DeclarationForm({ isPending, onSubmit }: DeclarationFormProps) {
  const { t } = useTranslation();
  const [toast, toastHolder] = message.useMessage();
  const [declaration, setDeclaration] = useState(SAMPLE_DECLARATION);
  const [asOf, setAsOf] = useState('');
  const [jurisdictions, setJurisdictions] = useState<string[]>([]);

  const submit = () => {
    const request: CheckRequest = { declaration };
    if (asOf) request.as_of = asOf;
    if (jurisdictions.length > 0) request.jurisdictions = jurisdictions;
    onSubmit(request);
  };

  const readFile = (file: File): false => {
    if (file.size > MAX_FILE_BYTES) {
      void toast.error(t('check.form.fileTooLarge', { name: file.name }));
      return false;
    }
    file.text().then(
      (content) => {
        setDeclaration(content);
        void toast.success(t('check.form.fileLoaded', { name: file.name }));
      },
      () => void toast.error(t('check.form.fileUnreadable', { name: file.name })),
    );
    return false; // read in the browser, never uploaded by antd
  };

  return (
    <Form layout="vertical" onFinish={submit} aria-label={t('check.form.label')}>
      {toastHolder}
      <Form.Item label={t('check.form.declaration')} htmlFor="declaration" extra={t('check.form.declarationHelp')}>
        <Input.TextArea
          id="declaration"
          data-testid="declaration-input"
          className="pisa-code-input"
          value={declaration}
          onChange={(e) => setDeclaration(e.target.value)}
          autoSize={{ minRows: 14, maxRows: 30 }}
          spellCheck={false}
        />
      </Form.Item>
      <Space wrap style={{ marginBottom: 16 }}>
        <Upload accept={ACCEPTED_FILES} showUploadList={false} beforeUpload={readFile} maxCount={1}>
          <Button data-testid="upload-button">{t('check.form.upload')}</Button>
        </Upload>
        <Button onClick={() => setDeclaration(SAMPLE_DECLARATION)}>{t('check.form.loadSample')}</Button>
        <Button onClick={() => setDeclaration('')}>{t('check.form.clear')}</Button>
      </Space>
      <Row gutter={16}>
        <Col xs={24} sm={10} md={8}>
          <Form.Item label={t('check.form.asOf')} htmlFor="as-of" extra={t('check.form.asOfHelp')}>
            <Input id="as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14} md={16}>
          <Form.Item label={t('check.form.jurisdictions')} htmlFor="jurisdictions" extra={t('check.form.jurisdictionsHelp')}>
            <Select
              id="jurisdictions"
              mode="tags"
              allowClear
              value={jurisdictions}
              onChange={(values: string[]) => setJurisdictions(values.map((v) => v.trim().toUpperCase()).filter(Boolean))}
              placeholder={t('check.form.jurisdictionsPlaceholder')}
              options={JURISDICTION_CHOICES.map((j) => ({ value: j, label: `${j} — ${t(`jurisdiction.${j}`)}` }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" size="large" data-testid="check-button" loading={isPending} disabled={declaration.trim() === ''}>
        {t('check.form.submit')}
      </Button>
    </Form>
  );
}
