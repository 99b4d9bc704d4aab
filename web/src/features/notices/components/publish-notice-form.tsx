import { Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContextFormValues } from '../notice-context';

type Props = { initial: ContextFormValues; busy: boolean; onPublish: (values: ContextFormValues) => void };

const REQUIRED = ['legal_name', 'address', 'email', 'rights_url', 'withdraw_url'] as const;
const URLS = ['rights_url', 'withdraw_url', 'opt_out_url', 'limit_url'] as const;

/** The notice context: what the notice says beyond the declaration (who, how to reach them, where to exercise rights). */
export function PublishNoticeForm({ initial, busy, onPublish }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContextFormValues>();
  const field = (name: keyof ContextFormValues, span = 12) => (
    <Col xs={24} md={span} key={name}>
      <Form.Item
        name={name}
        label={t(`notices.publish.field.${name}`)}
        extra={t(`notices.publish.help.${name}`)}
        rules={[
          ...((REQUIRED as readonly string[]).includes(name) ? [{ required: true, whitespace: true, message: t('notices.publish.required') }] : []),
          ...((URLS as readonly string[]).includes(name) ? [{ type: 'url' as const, message: t('notices.publish.url') }] : []),
          ...(name === 'email' || name === 'officer_email' ? [{ type: 'email' as const, message: t('notices.publish.email') }] : []),
        ]}
      >
        <Input data-testid={`notice-field-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onPublish} data-testid="notice-publish-form">
      <Row gutter={16}>
        {field('legal_name')}
        {field('address')}
        {field('email')}
        {field('phone')}
        {field('officer_name')}
        {field('officer_email')}
        {field('rights_url')}
        {field('withdraw_url')}
        {field('opt_out_url')}
        {field('limit_url')}
      </Row>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="notice-publish-submit">
        {t('notices.publish.submit')}
      </Button>
    </Form>
  );
}
