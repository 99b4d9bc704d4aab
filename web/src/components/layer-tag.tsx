import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../src/core/rules/vocabulary.js';

const LAYER_COLORS = {
  law: 'blue',
  regulation: 'geekblue',
  standard: 'cyan',
  local: 'purple',
  self_regulation: 'green',
} as const satisfies Record<Layer, string>;

export function LayerTag({ layer }: { layer: Layer }) {
  const { t } = useTranslation();
  return (
    <Tag color={LAYER_COLORS[layer]} variant="outlined">
      {t(`layer.${layer}`)}
    </Tag>
  );
}
