import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../../src/core/rules/vocabulary.js';
import { SEVERITY_COLORS } from '../../../components/severity-tag';
import { COUNTRIES } from '../../../config/jurisdictions';
import type { CheckSummary } from '../api/check-declaration';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** Findings per country, one bar per severity. Loaded lazily: echarts is the largest dependency. */
export function FindingsChart({ summary }: { summary: CheckSummary }) {
  const { t } = useTranslation();
  const severities = [...SEVERITIES].reverse();
  const countries = COUNTRIES.map((c) => t(`country.${c}`));
  const description = t('check.chart.description', {
    counts: COUNTRIES.map((c) => {
      const counts = summary.by_country[c];
      return `${t(`country.${c}`)}: ${severities.map((s) => `${t(`severity.${s}`)} ${counts?.[s] ?? 0}`).join(', ')}`;
    }).join('; '),
  });
  const option = {
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: countries },
    yAxis: { type: 'value', minInterval: 1 },
    series: severities.map((s) => ({
      name: t(`severity.${s}`),
      type: 'bar',
      barMaxWidth: 48,
      itemStyle: { color: SEVERITY_COLORS[s] },
      label: { show: true, position: 'top' },
      data: COUNTRIES.map((c) => summary.by_country[c]?.[s] ?? 0),
    })),
  };
  return (
    <div role="img" aria-label={description} data-testid="findings-chart">
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height: 260 }} opts={{ renderer: 'svg' }} />
    </div>
  );
}
