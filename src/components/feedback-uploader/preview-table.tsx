import { Badge } from '../shared/badge.js';
import { useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import type { FeedbackUploaderLabels } from './feedback-uploader-labels.js';
import type { ParsedFeedbackFile } from './parse-feedback-file.js';

const PREVIEW_ROWS = 10;
const MAX_TARGET_CHARS = 160;

const shorten = (text: string) =>
  text.length > MAX_TARGET_CHARS ? `${text.slice(0, MAX_TARGET_CHARS)}…` : text;

/** The first rows of the file as read, each marked OK or with a problem. */
export function PreviewTable({
  parsed,
  labels,
}: {
  parsed: ParsedFeedbackFile;
  labels: FeedbackUploaderLabels;
}) {
  const format = useFormatters();
  const shown = parsed.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="konan-feedback-uploader-preview">
      <table className="konan-table">
        <caption>
          <strong>{labels.previewTitle}</strong>{' '}
          <span className="konan-muted">
            {labels.previewCaption(
              labelCount(shown.length, format.number),
              labelCount(parsed.rows.length, format.number),
            )}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="konan-num">
              {labels.columnAt[parsed.format]}
            </th>
            <th scope="col">{labels.columnUuid}</th>
            <th scope="col">{labels.columnTarget}</th>
            <th scope="col">{labels.columnCheck}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.at}>
              <td className="konan-num">{format.number(row.at)}</td>
              <td className="konan-mono konan-feedback-uploader-cell">{row.predictionUuid}</td>
              <td className="konan-mono konan-feedback-uploader-cell">{shorten(row.targetText)}</td>
              <td>
                {row.submission ? (
                  <Badge tone="success">{labels.rowOk}</Badge>
                ) : (
                  <Badge tone="danger">{labels.rowProblem}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
