import { readLargeText } from './services/settings';

App<IAppOption>({
  globalData: {
    largeText: false,
  },
  onLaunch() {
    this.globalData.largeText = readLargeText();
  },
});
