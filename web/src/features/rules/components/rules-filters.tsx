import { Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAW_CODES, LAYERS, SEVERITIES } from '../../../../../src/core/rules/vocabulary.js';
import type { RulesFilter } from '../api/get-rules';

type RulesFiltersProps = {
  filter: RulesFilter;
  jurisdictions: readonly string[];
  onChange: (filter: RulesFilter) => void;
};

/** Search box plus law / jurisdiction / layer / severity selects; each change reloads the list. */
export function RulesFilters({ filter, jurisdictions, onChange }: RulesFiltersProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(filter.q);
  const set = (name: keyof RulesFilter) => (value: string | undefined) => onChange({ ...filter, [name]: value ?? '' });
  const selectProps = { allowClear: true, placeholder: t('rules.filters.any'), style: { width: '100%' } } as const;

  return (
    <Form layout="vertical" role="search" aria-label={t('rules.filters.label')}>
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={8}>
          <Form.Item style={{ marginBottom: 8 }} label={t('rules.filters.search')} htmlFor="rules-q">
            <Input.Search
              id="rules-q"
              data-testid="rules-search"
              value={query}
              placeholder={t('rules.filters.searchPlaceholder')}
              enterButton={t('rules.filters.searchButton')}
              allowClear
              onChange={(e) => {
                setQuery(e.target.value);
                if (e.target.value === '' && filter.q !== '') onChange({ ...filter, q: '' });
              }}
              onSearch={(value) => onChange({ ...filter, q: value })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item style={{ marginBottom: 8 }} label={t('rules.filters.law')} htmlFor="rules-law">
            <Select
              id="rules-law"
              {...selectProps}
              value={filter.law || undefined}
              onChange={set('law')}
              showSearch={{ optionFilterProp: 'label' }}
              popupMatchSelectWidth={false}
              options={LAW_CODES.map((law) => ({ value: law, label: t(`law.${law}.name`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item style={{ marginBottom: 8 }} label={t('rules.filters.jurisdiction')} htmlFor="rules-jurisdiction">
            <Select
              id="rules-jurisdiction"
              {...selectProps}
              value={filter.jurisdiction || undefined}
              onChange={set('jurisdiction')}
              options={jurisdictions.map((j) => ({ value: j, label: j }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item style={{ marginBottom: 8 }} label={t('rules.filters.layer')} htmlFor="rules-layer">
            <Select
              id="rules-layer"
              {...selectProps}
              value={filter.layer || undefined}
              onChange={set('layer')}
              options={LAYERS.map((layer) => ({ value: layer, label: t(`layer.${layer}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item style={{ marginBottom: 8 }} label={t('rules.filters.severity')} htmlFor="rules-severity">
            <Select
              id="rules-severity"
              {...selectProps}
              value={filter.severity || undefined}
              onChange={set('severity')}
              options={[...SEVERITIES].reverse().map((s) => ({ value: s, label: t(`severity.${s}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
