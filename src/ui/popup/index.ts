// The popup's presentational components and pure rules.

export { PopupView, type PopupViewProps } from './PopupView';
export { type PageState } from './PageStatus';
export {
  allLayersShown,
  groupLayers,
  passagesPerLayer,
  popupPageState,
  readableHost,
  reportPassages,
  soloLayerId,
} from './model';
