import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { FileSummary, ScanResult } from '../api/types';
import { categoryBars, columnSeries } from '../chart-data';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** Findings and distinct items per category over the whole scan. Loaded lazily: echarts is large. */
export function CategoryChart({ result }: { result: Pick<ScanResult, 'files' | 'categories'> }) {
  const { t } = useTranslation();
  const bars = categoryBars(result);
  const description = t('scans.charts.categoriesDescription', {
    counts: bars.map((b) => `${b.category}: ${b.findings} / ${b.items}`).join('; '),
  });
  const option = {
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: bars.map((b) => b.category), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('scans.charts.findings'), type: 'bar', barMaxWidth: 40, itemStyle: { color: '#1f5fa8' }, data: bars.map((b) => b.findings) },
      { name: t('scans.charts.items'), type: 'bar', barMaxWidth: 40, itemStyle: { color: '#d4380d' }, data: bars.map((b) => b.items) },
    ],
  };
  return (
    <div role="img" aria-label={description} data-testid="scan-category-chart">
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height: 280 }} opts={{ renderer: 'svg' }} />
    </div>
  );
}

/** One bar per column of a file, stacked by detector. */
export function ColumnChart({ file }: { file: FileSummary }) {
  const { t } = useTranslation();
  const series = columnSeries(file, t('scans.result.freeText'));
  const description = t('scans.charts.columnsDescription', {
    file: file.file,
    counts: series.columns.map((c, i) => `${c}: ${series.detectors.reduce((n, d) => n + (d.counts[i] ?? 0), 0)}`).join('; '),
  });
  const option = {
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: series.columns, inverse: true },
    series: series.detectors.map((d) => ({ name: d.detector, type: 'bar', stack: 'count', barMaxWidth: 24, data: d.counts })),
  };
  return (
    <div role="img" aria-label={description} data-testid="scan-column-chart">
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height: Math.max(140, 60 + series.columns.length * 32) }}
        opts={{ renderer: 'svg' }}
      />
    </div>
  );
}
