// The welcome page's presentational parts (the page itself is src/welcome).

export { WelcomeView, type WelcomeViewProps } from './WelcomeView';
export { EXPLAINED_PERMISSIONS, HISTORY_BASE, HISTORY_LINKS, permissionItems, type PermissionItem } from './model';
