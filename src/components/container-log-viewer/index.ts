export {
  type AnsiSegment,
  type AnsiStyle,
  parseAnsiLine,
  stripAnsi,
} from './ansi.js';
export { ContainerLogViewer, type ContainerLogViewerProps } from './container-log-viewer.js';
export {
  type ContainerLogViewerLabels,
  defaultContainerLogViewerLabels,
} from './container-log-viewer-labels.js';
export { splitLogLines } from './log-lines.js';
