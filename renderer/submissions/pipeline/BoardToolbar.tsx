import { ArrowDownUp } from 'lucide-react';
import { SearchBox } from '../../ui/SearchBox';
import { boardSortLabels, type BoardSort } from './boardArrangement';
import { setBoardFilter, setBoardSort, usePipeline } from './pipelineStore';

/** ↓ from the filter goes to the board's one tab stop. */
const focusBoard = () => document.querySelector<HTMLElement>('.board-card-link[tabindex="0"]')?.focus();

/** Narrow the board to some names, and order each column by name or by time in the stage. */
export function BoardToolbar() {
  const filter = usePipeline((s) => s.filter);
  const sort = usePipeline((s) => s.sort);
  return (
    <div className="toolbar board-toolbar" role="search" aria-label="Find on the board">
      <SearchBox id="board-filter" label="Filter the board" placeholder="Filter by name or title" value={filter} onChange={setBoardFilter} onArrowDown={focusBoard} />
      <label className="sort">
        <ArrowDownUp size={14} aria-hidden className="sort-icon" />
        <select aria-label="Order each column by" className="input select sort-select" value={sort} onChange={(e) => setBoardSort(e.target.value as BoardSort)}>
          {Object.entries(boardSortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
