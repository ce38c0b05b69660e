import { device } from './device';
import { unmountAll } from './render';

beforeEach(() => device.reset());
afterEach(() => unmountAll());
