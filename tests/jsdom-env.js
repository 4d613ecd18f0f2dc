// jsdom lacks structuredClone, which fake-indexeddb and our code rely on.
import JSDOMEnvironment from 'jest-environment-jsdom';
export default class extends JSDOMEnvironment {
  constructor(...args) {
    super(...args);
    this.global.structuredClone = structuredClone;
  }
}
