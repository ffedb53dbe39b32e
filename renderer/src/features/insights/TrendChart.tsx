import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps, type TooltipValueType } from 'recharts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InsightsOverview } from '../../../../shared/domain/insights';
import { instantWeekdayTime, weekRange, weekShort } from './format';

interface Point {
  week: string;
  range: string;
  helped: number;
  harmed: number;
}

/** Text the chart stands for: what a screen reader hears, and what everyone reads first. */
export function trendSummary(t: TFunction<'insights'>, overview: InsightsOverview): string {
  const weeks = overview.weeks;
  const current = weeks.at(-1)!;
  const { own, witnessed } = overview.totals;
  // Like with like: this week so far against last week up to the same weekday and hour.
  const lastWeek = overview.sameTimeLastWeek;
  const parts: string[] = [
    t('trend.thisWeek', { count: current.own.helped, harmed: current.own.harmed }),
    t('trend.sameTime', { when: instantWeekdayTime(lastWeek.asOf, overview.timeZone), helped: lastWeek.own.helped, harmed: lastWeek.own.harmed }),
    t('trend.over', { count: weeks.length, helped: own.helped, harmed: own.harmed }),
  ];
  if (witnessed.helped + witnessed.harmed > 0) parts.push(t('trend.witnessed', { helped: witnessed.helped, harmed: witnessed.harmed }));
  return parts.join(' ');
}

function ChartTooltip({ active, payload }: TooltipContentProps<TooltipValueType, string | number>) {
  const { t } = useTranslation('insights');
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.range}</strong>
      <span>{t('trend.tooltipHelped', { value: point.helped })}</span>
      <span>{t('trend.tooltipHarmed', { value: point.harmed })}</span>
    </div>
  );
}

/**
 * Help and harm per week as grouped bars. Harm is hatched as well as coloured, every bar
 * carries its number, and the same figures are in a table below: colour is never the only cue.
 */
export function TrendChart(props: { overview: InsightsOverview }) {
  const { t } = useTranslation('insights');
  const data: Point[] = props.overview.weeks.map((w) => ({ week: weekShort(w.weekStart), range: weekRange(w.weekStart), helped: w.own.helped, harmed: w.own.harmed }));
  const summary = trendSummary(t, props.overview);
  return (
    <figure className="trend">
      <figcaption className="trend__summary">{summary}</figcaption>
      <ul className="trend__legend" aria-hidden="true">
        <li data-series="helped">{t('trend.legendHelped')}</li>
        <li data-series="harmed">{t('trend.legendHarmed')}</li>
      </ul>
      <div className="trend__chart" data-testid="trend-chart">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 18, right: 8, bottom: 0, left: -18 }} barGap={2} title={t('weeks.trendTitle')} desc={summary}>
            <defs>
              <pattern id="harm-hatch" className="trend__hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" />
                <line x1="0" y1="0" x2="0" y2="6" />
              </pattern>
            </defs>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="week" tickLine={false} interval="preserveStartEnd" minTickGap={8} />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={48} />
            <Tooltip content={ChartTooltip} cursor={{ className: 'trend__cursor' }} isAnimationActive={false} />
            <Bar dataKey="helped" name={t('trend.helped')} className="trend__bar trend__bar--helped" isAnimationActive={false} maxBarSize={28} radius={[3, 3, 0, 0]}>
              <LabelList dataKey="helped" position="top" className="trend__label" formatter={hideZero} />
            </Bar>
            <Bar dataKey="harmed" name={t('trend.harmed')} className="trend__bar trend__bar--harmed" fill="url(#harm-hatch)" isAnimationActive={false} maxBarSize={28} radius={[3, 3, 0, 0]}>
              <LabelList dataKey="harmed" position="top" className="trend__label" formatter={hideZero} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="disclosure">
        <summary>{t('trend.showTable')}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('trend.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.week')}</th>
              <th scope="col">{t('trend.helped')}</th>
              <th scope="col">{t('trend.harmed')}</th>
              <th scope="col">{t('trend.witnessedHelped')}</th>
              <th scope="col">{t('trend.witnessedHarmed')}</th>
            </tr>
          </thead>
          <tbody>
            {props.overview.weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{weekRange(w.weekStart)}</th>
                <td>{w.own.helped}</td>
                <td>{w.own.harmed}</td>
                <td>{w.witnessed.helped}</td>
                <td>{w.witnessed.harmed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function hideZero(value: unknown): string {
  return value === 0 ? '' : String(value);
}
