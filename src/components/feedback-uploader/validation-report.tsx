import { Alert } from '../shared/alert.js';
import { useFormatters } from '../shared/format.js';
import { labelCount } from '../shared/labels.js';
import { issuePlace, issueText } from './feedback-issue-text.js';
import type { FeedbackUploaderLabels } from './feedback-uploader-labels.js';
import type { ParsedFeedbackFile } from './parse-feedback-file.js';

/** Long reports stay readable: the first problems, then how many more. */
const MAX_LISTED = 50;

interface ValidationReportProps {
  parsed: ParsedFeedbackFile;
  labels: FeedbackUploaderLabels;
}

/** Whether the file can be submitted, and every problem with the line (or item) it is on. */
export function ValidationReport({ parsed, labels }: ValidationReportProps) {
  const format = useFormatters();
  const count = (value: number) => labelCount(value, format.number);
  const { issues, rows, valid, blocked } = parsed;
  if (issues.length === 0) {
    return <Alert tone="success">{labels.allValid(count(valid.length))}</Alert>;
  }
  const listed = issues.slice(0, MAX_LISTED);
  const hidden = issues.length - listed.length;
  return (
    <Alert
      tone={blocked || valid.length === 0 ? 'danger' : 'warning'}
      title={labels.problemsTitle(count(issues.length))}
    >
      {!blocked ? <p>{labels.validCount(count(valid.length), count(rows.length))}</p> : null}
      <ul className="konan-feedback-uploader-issues">
        {listed.map((issue, index) => {
          const place = issuePlace(issue, parsed.format, labels, format);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity but their order.
            <li key={index}>
              {place ? <strong>{place}: </strong> : null}
              {issueText(issue, parsed.format, labels, format)}
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? <p>{labels.moreProblems(count(hidden))}</p> : null}
    </Alert>
  );
}
