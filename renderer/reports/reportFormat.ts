/** "33.3%", or a dash with nothing to divide. */
export const formatShare = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);
/** "4.5 days", "1 day", or a dash with nothing measured. */
export const formatDays = (days: number | null) => (days === null ? '—' : `${days} ${days === 1 ? 'day' : 'days'}`);
/** A whole amount of money without its currency, for tables whose header names it. */
// One formatter for every figure: toLocaleString with options builds a new one per call, some 40 ms
// of the screen's drawing at 100,000 candidates (a CPU profile of its paint).
const amounts = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
export const formatAmount = (amount: number | null) => (amount === null ? '—' : amounts.format(amount));
