import { createContext, useContext, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { formatAmount } from './reportFormat';

/** The theme's colours, so a chart follows light and dark like the rest of the screen. */
export const series = ['var(--accent)', 'var(--teal)', 'var(--green)', 'var(--danger)', 'var(--amber)', 'var(--violet)'];
const tick = { fill: 'var(--text-muted)', fontSize: 11 };

/** The width of the chart's box, measured by its report section (see useChartBox there). */
export const ChartWidth = createContext(0);

type Row = Record<string, string | number | null>;

interface Props {
  data: Row[];
  category: string;
  bars: { key: string; label: string }[];
  horizontal?: boolean;
  height?: number;
  extra?: ReactNode;
}

/**
 * Bars for each category (grouped when several), drawn without animation so a printout matches the
 * screen. The legend is the page's own, under the chart: recharts' Legend measures itself as it
 * mounts (a layout of the page forced each time) and then draws the whole chart a second time in
 * the room left.
 */
export function BarsChart({ data, category, bars, horizontal, height = 220, extra }: Props) {
  const width = useContext(ChartWidth);
  const legend = bars.length > 1;
  return (
    <>
      <BarChart width={width} height={legend ? height - 24 : height} data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 24 : 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={!!horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" tick={tick} stroke="var(--border-strong)" allowDecimals={false} tickFormatter={formatAmount} />
            <YAxis type="category" dataKey={category} tick={tick} stroke="var(--border-strong)" width={110} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tick={tick} stroke="var(--border-strong)" />
            {/* 18,000 as the tables write it, not 18000. */}
            <YAxis tick={tick} stroke="var(--border-strong)" width={56} tickFormatter={formatAmount} />
          </>
        )}
        {bars.map((bar, i) => (
          <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={series[i % series.length]} isAnimationActive={false} radius={2} />
        ))}
        {extra}
      </BarChart>
      {legend && (
        <ul className="chart-legend">
          {bars.map((bar, i) => (
            <li key={bar.key}>
              <span className="chart-legend-swatch" style={{ background: series[i % series.length] }} />
              {bar.label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
