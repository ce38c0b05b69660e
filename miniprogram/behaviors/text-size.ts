/**
 * Every page's text follows WeChat's own font size: the page root binds `style="{{fontStyle}}"` and app.wxss
 * scales its sizes by the variables set there. At standard size nothing is sent.
 */
import { fontScaleStyle } from '../services/font';

export const textSize = Behavior({
  data: { fontStyle: '' },
  lifetimes: {
    attached() {
      const fontStyle = fontScaleStyle();
      if (fontStyle) this.setData({ fontStyle });
    },
  },
});
