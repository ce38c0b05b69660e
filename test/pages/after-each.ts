import { device } from './device';
import { unmountAll } from './render';

beforeEach(() => device.reset());
afterEach(() => {
  unmountAll();
  const faults = device.takeFaults();
  if (faults.length) throw new Error(`the page-test stand-ins failed:\n${faults.join('\n')}`);
});
