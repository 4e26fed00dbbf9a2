import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/** The theme's colours, so a chart follows light and dark like the rest of the screen. */
export const series = ['var(--accent)', 'var(--teal)', 'var(--green)', 'var(--danger)', 'var(--amber)', 'var(--violet)'];
const tick = { fill: 'var(--text-muted)', fontSize: 11 };

type Row = Record<string, string | number | null>;

interface Props {
  data: Row[];
  category: string;
  bars: { key: string; label: string }[];
  horizontal?: boolean;
  height?: number;
  extra?: ReactNode;
}

/** Bars for each category (grouped when several), drawn without animation so a printout matches the screen. */
export function BarsChart({ data, category, bars, horizontal, height = 220, extra }: Props) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 12, bottom: 0, left: horizontal ? 24 : 0 }}>
        <CartesianGrid stroke="var(--border)" vertical={!!horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" tick={tick} stroke="var(--border-strong)" allowDecimals={false} />
            <YAxis type="category" dataKey={category} tick={tick} stroke="var(--border-strong)" width={110} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tick={tick} stroke="var(--border-strong)" />
            <YAxis tick={tick} stroke="var(--border-strong)" width={56} />
          </>
        )}
        {bars.length > 1 && <Legend wrapperStyle={{ fontSize: 11, color: 'var(--text-muted)' }} />}
        {bars.map((bar, i) => (
          <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={series[i % series.length]} isAnimationActive={false} radius={2} />
        ))}
        {extra}
      </BarChart>
    </ResponsiveContainer>
  );
}
