// The welcome page's presentational parts (the page itself is src/welcome).

export { WelcomeView } from './WelcomeView';
export { permissionItems } from './model';
