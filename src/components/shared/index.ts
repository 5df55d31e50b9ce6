export { Alert, type AlertProps } from './alert.js';
export { Badge, type BadgeTone } from './badge.js';
export { Button, type ButtonProps } from './button.js';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog.js';
export {
  type ContainerImageErrors,
  type ContainerImageField,
  type ContainerImageMessages,
  type ContainerImageValidation,
  type ContainerImageValues,
  defaultContainerImageValues,
  validateContainerImage,
} from './container-image-checks.js';
export { ContainerImageFields, type ContainerImageFieldsProps } from './container-image-fields.js';
export {
  type ContainerImageLabels,
  defaultContainerImageLabels,
} from './container-image-labels.js';
export { CopyButton, type CopyButtonProps } from './copy-button.js';
export { downloadText } from './download-text.js';
export { EmptyState } from './empty-state.js';
export { ErrorAlert, type ErrorAlertProps } from './error-alert.js';
export { defaultErrorAlertLabels, type ErrorAlertLabels } from './error-alert-labels.js';
export {
  describeError,
  type ErrorDescription,
  type ErrorDetail,
  errorText,
} from './error-text.js';
export { createFormatters, type KonanFormatters, useFormatters } from './format.js';
export { FormattedDate } from './formatted-date.js';
export { Heading, type HeadingProps, type KonanHeadingLevel, subHeadingLevel } from './heading.js';
export { type ImageUrlProblem, imageUrlProblem } from './image-reference.js';
export type {
  KonanLabelPack,
  KonanLabelPackKey,
  KonanPartialLabelPack,
} from './label-pack.js';
export { type KonanLabelCount, labelCount, mergeLabels } from './labels.js';
export {
  defaultModelStateLabels,
  type ModelStateKind,
  type ModelStateLabels,
  modelStateKind,
  modelStateText,
  modelStateTone,
} from './model-state.js';
export { isUnusualPort, LOWEST_USUAL_PORT } from './port-warning.js';
export { KonanRoot } from './root.js';
export { Skeleton, type SkeletonProps } from './skeleton.js';
export { Spinner } from './spinner.js';
export { SuccessStatus, type SuccessStatusProps, useSuccessStatus } from './success-status.js';
export { TextField, type TextFieldProps } from './text-field.js';
export { type KonanUIOptions, KonanUIProvider, useKonanUI } from './ui-context.js';
export { type CopyState, canCopyToClipboard, useCopyToClipboard } from './use-copy-to-clipboard.js';
export { type FocusAfterChange, useFocusAfterChange } from './use-focus-after-change.js';
export { useFocusFirstInvalid } from './use-focus-first-invalid.js';
export { useLabels } from './use-labels.js';
export type { KonanHeadedViewProps, KonanViewProps } from './view-props.js';
