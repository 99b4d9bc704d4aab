import { Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { severityRank } from '../../../../../src/core/rules/vocabulary.js';
import { LayerTag } from '../../../components/layer-tag';
import { SeverityTag } from '../../../components/severity-tag';
import { useFormatCitation } from '../../../lib/citation';
import { useLanguage } from '../../../lib/i18n';
import type { CataloguePack, CatalogueRule } from '../api/get-rules';
import { RuleDetails } from './rule-details';

type RulesTableProps = { rules: readonly CatalogueRule[]; packs: readonly CataloguePack[]; loading: boolean };

export function RulesTable({ rules, packs, loading }: RulesTableProps) {
  const { t } = useTranslation();
  const { contentLang } = useLanguage();
  const formatCitation = useFormatCitation();
  const packsById = new Map(packs.map((p) => [p.id, p]));

  const columns: TableProps<CatalogueRule>['columns'] = [
    {
      key: 'id',
      title: t('rules.columns.id'),
      dataIndex: 'id',
      sorter: (a, b) => a.id.localeCompare(b.id),
      render: (id: string) => (
        <Typography.Text code className="pisa-rule-id">
          {id}
        </Typography.Text>
      ),
    },
    { key: 'title', title: t('rules.columns.title'), render: (_, rule) => rule.title[contentLang] },
    {
      key: 'citation',
      title: t('rules.columns.citation'),
      render: (_, rule) => <span className="pisa-nowrap">{formatCitation(rule.citation)}</span>,
    },
    {
      key: 'jurisdiction',
      width: 110,
      title: t('rules.columns.jurisdiction'),
      dataIndex: 'jurisdiction',
      render: (j: string) => <Tag>{j}</Tag>,
    },
    { key: 'layer', title: t('rules.columns.layer'), render: (_, rule) => <LayerTag layer={rule.layer} /> },
    {
      key: 'severity',
      title: t('rules.columns.severity'),
      sorter: (a, b) => severityRank(a.severity) - severityRank(b.severity),
      render: (_, rule) => <SeverityTag severity={rule.severity} />,
    },
  ];

  return (
    <Table<CatalogueRule>
      data-testid="rules-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...rules]}
      scroll={{ x: 960 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
      expandable={{ expandedRowRender: (rule) => <RuleDetails rule={rule} pack={packsById.get(rule.pack)} /> }}
      locale={{ emptyText: t('rules.empty') }}
    />
  );
}
