import { BarChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import type { StatsSeries } from '../stats-series';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, DataZoomComponent, SVGRenderer]);

const ACTION_SHADES = { grant: 0, refuse: 1, withdraw: 2 } as const;
const PALETTE = [
  ['#237804', '#95de64', '#d9f7be'],
  ['#0958d9', '#69b1ff', '#bae0ff'],
  ['#d46b08', '#ffc069', '#ffe7ba'],
  ['#531dab', '#b37feb', '#efdbff'],
  ['#c41d7f', '#ff85c0', '#ffd6e7'],
  ['#08979c', '#5cdbd3', '#b5f5ec'],
] as const;

/** Decisions per day: one column per purpose, stacked by action (grant, refuse, withdraw). Loaded lazily: echarts is large. */
export function StatsChart({ days, series }: { days: readonly string[]; series: readonly StatsSeries[] }) {
  const { t } = useTranslation();
  const purposes = [...new Set(series.map((s) => s.purpose))];
  const description = t('processorConsents.stats.chartDescription', {
    days: days.length,
    counts: series.map((s) => `${s.purpose} ${t(`consentAction.${s.action}`)}: ${s.counts.reduce((a, b) => a + b, 0)}`).join('; ') || '0',
  });
  const option = {
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, bottom: days.length > 31 ? 48 : 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: [...days] },
    yAxis: { type: 'value', minInterval: 1 },
    ...(days.length > 31 ? { dataZoom: [{ type: 'slider', bottom: 8 }] } : {}),
    series: series.map((s) => {
      const shades = PALETTE[purposes.indexOf(s.purpose) % PALETTE.length] ?? PALETTE[0];
      return {
        name: `${s.purpose} · ${t(`consentAction.${s.action}`)}`,
        type: 'bar',
        stack: s.purpose,
        barMaxWidth: 28,
        itemStyle: { color: shades[ACTION_SHADES[s.action]] },
        data: [...s.counts],
      };
    }),
  };
  return (
    <div role="img" aria-label={description} data-testid="consent-stats-chart" data-series={series.length}>
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height: 340 }} opts={{ renderer: 'svg' }} />
    </div>
  );
}
