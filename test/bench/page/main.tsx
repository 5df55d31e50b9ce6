import '../../../src/styles.css';
import type { KonanBenchApi } from './bench-api';
import { chartBench } from './chart-bench';
import { driftBench } from './drift-bench';
import { feedbackTableBench } from './feedback-table-bench';
import { logViewerBench } from './log-viewer-bench';
import { sharedQueryBench } from './shared-query-bench';
import { volumeBench } from './volume-bench';

const api: KonanBenchApi = {
  feedbackTable: feedbackTableBench,
  logViewer: logViewerBench,
  sharedQuery: sharedQueryBench,
  drift: driftBench,
  volume: volumeBench,
  chart: chartBench,
};
window.konanBench = api;
document.body.dataset.benchReady = 'true';
