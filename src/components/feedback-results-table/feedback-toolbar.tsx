import { Button } from '../shared/button.js';
import type { KonanFormatters } from '../shared/format.js';
import { TextField } from '../shared/text-field.js';
import type { FeedbackResultsTableLabels } from './feedback-results-table-labels.js';
import type { FeedbackOutcomeFilter } from './feedback-row-model.js';

interface FeedbackToolbarProps {
  counts: Readonly<Record<FeedbackOutcomeFilter, number>>;
  outcome: FeedbackOutcomeFilter;
  onOutcome(outcome: FeedbackOutcomeFilter): void;
  search: string;
  onSearch(search: string): void;
  onExport(): void;
  canExport: boolean;
  labels: FeedbackResultsTableLabels;
  format: KonanFormatters;
}

const filters: readonly FeedbackOutcomeFilter[] = ['all', 'accepted', 'rejected', 'notSent'];

/** Outcome filter (segmented buttons with counts), UUID search and CSV export. */
export function FeedbackToolbar({
  counts,
  outcome,
  onOutcome,
  search,
  onSearch,
  onExport,
  canExport,
  labels,
  format,
}: FeedbackToolbarProps) {
  return (
    <div className="konan-feedback-results-table-toolbar">
      <fieldset className="konan-segmented">
        <legend className="konan-visually-hidden">{labels.filterGroup}</legend>
        {filters.map((filter) => (
          <button
            key={filter}
            type="button"
            className="konan-segment"
            data-outcome={filter}
            aria-pressed={outcome === filter}
            onClick={() => onOutcome(filter)}
          >
            <span>{labels[filter]}</span>{' '}
            <span className="konan-feedback-results-table-filter-count">
              {format.number(counts[filter])}
            </span>
          </button>
        ))}
      </fieldset>
      <div className="konan-feedback-results-table-tools">
        <TextField
          type="search"
          label={labels.searchLabel}
          hint={labels.searchHint}
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          className="konan-feedback-results-table-search"
        />
        <Button onClick={() => onExport()} disabled={!canExport}>
          {labels.exportCsv}
        </Button>
      </div>
    </div>
  );
}
