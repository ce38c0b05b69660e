import { readLargeText } from './services/settings';
import { report } from './services/report';
import { startContent } from './services/content';

App<IAppOption>({
  globalData: {
    largeText: false,
  },
  onLaunch() {
    this.globalData.largeText = readLargeText();
    void startContent();
  },
  onError(error) {
    report('app-error', error);
  },
  onUnhandledRejection(res) {
    report('unhandled-rejection', res.reason);
  },
});
