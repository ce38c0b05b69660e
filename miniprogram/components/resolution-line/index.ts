/**
 * How long appeals like this one took for people using this mini program: one line under the reply time,
 * only when at least 20 were recorded (below that, or offline, nothing at all).
 */
import { resolutionSentence } from '../../domain/appeal/resolution';
import { readResolution } from '../../services/stats';

/** What each line last asked for (cause|channel): not page data, nothing renders it. */
const asked = new WeakMap<object, string>();

Component({
  options: { addGlobalClass: true },
  properties: {
    causeId: { type: String, value: '' },
    channelId: { type: String, value: '' },
  },
  data: { text: '' },
  lifetimes: {
    attached() {
      void this.load(this.data.causeId, this.data.channelId);
    },
  },
  observers: {
    'causeId, channelId'(causeId: string, channelId: string) {
      void this.load(causeId, channelId);
    },
  },
  methods: {
    async load(causeId: string, channelId: string) {
      const key = `${causeId}|${channelId}`;
      if (asked.get(this) === key) return;
      asked.set(this, key);
      if (this.data.text) this.setData({ text: '' });
      if (!causeId || !channelId) return;
      const reply = await readResolution(causeId, channelId);
      // A later cause may have been picked while this one was on its way.
      if (asked.get(this) !== key) return;
      const text = reply.ok ? resolutionSentence(reply.data) : '';
      if (text !== this.data.text) this.setData({ text });
    },
  },
});
