export {
  type AnsiSegment,
  type AnsiStyle,
  parseAnsiLine,
  stripAnsi,
} from './ansi';
export { ContainerLogViewer, type ContainerLogViewerProps } from './container-log-viewer';
export {
  type ContainerLogViewerLabels,
  defaultContainerLogViewerLabels,
} from './container-log-viewer-labels';
export { splitLogLines } from './log-lines';
