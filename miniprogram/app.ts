import { readLargeText } from './services/settings';
import { report } from './services/report';

App<IAppOption>({
  globalData: {
    largeText: false,
  },
  onLaunch() {
    this.globalData.largeText = readLargeText();
  },
  onError(error) {
    report('app-error', error);
  },
  onUnhandledRejection(res) {
    report('unhandled-rejection', res.reason);
  },
});
