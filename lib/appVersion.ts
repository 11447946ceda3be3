/** The app's version (package.json), printed on every summary beside the ruleset version. */
import packageJson from '../package.json';

export const APP_VERSION: string = packageJson.version;
