// The popup's presentational components and pure rules.

export { PopupView, type PopupViewProps } from './PopupView';
export { PageStatus, type PageState, type PageStatusProps } from './PageStatus';
export { LayerList, type LayerListProps } from './LayerList';
export { Switch, type SwitchProps } from './Switch';
export { allLayersShown, groupLayers, passagesPerLayer, readableHost, reportPassages, soloLayerId, type LayerGroup } from './model';
