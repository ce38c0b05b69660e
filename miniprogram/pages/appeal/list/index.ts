/**
 * 我的申诉: every appeal I follow, with its status and working-day countdown. The first screen gets the newest
 * few cards; the rest come a page at a time as the person scrolls down (or taps 加载更多).
 */
import { exportFile, exportSummary } from '../domain/export';
import { appealCard, type AppealCard } from '../domain/present';
import { appealTitle } from '../../../domain/present/guide';
import { exportMyData, listMyAppeals } from '../../../services/appeal';
import { copyText } from '../../../services/device';
import { toast } from '../../../services/feedback';
import { stopRefreshing } from '../../../services/feedback';
import { go, ROUTES } from '../../../services/navigation';
import { largeText } from '../../../services/settings';
import { textSize } from '../../../behaviors/text-size';

type ListState = 'loading' | 'ready' | 'empty' | 'error';

/** Cards the first screen shows (a phone shows about six). */
const FIRST_CARDS = 8;

/** Lists fetching the next page: another 加载更多 meanwhile does nothing. */
const loading = new WeakSet<object>();

Component({
  behaviors: [textSize],
  data: {
    largeText: false,
    state: 'loading' as ListState,
    errorMessage: '',
    items: [] as AppealCard[],
    nextCursor: null as number | null,
  },
  methods: {
    onLoad() {
      this.setData({ largeText: largeText() });
    },
    onShow() {
      return this.refresh();
    },
    async onPullDownRefresh() {
      await this.refresh();
      stopRefreshing();
    },
    async refresh() {
      const reply = await listMyAppeals(undefined, FIRST_CARDS);
      if (!reply.ok) {
        this.setData({ state: 'error', errorMessage: reply.error.message });
        return;
      }
      const items = reply.data.items.map((s) => appealCard(s, appealTitle(s.causeIds)));
      this.setData({ state: items.length ? 'ready' : 'empty', items, nextCursor: reply.data.nextCursor });
    },
    async loadMore() {
      if (this.data.nextCursor === null || loading.has(this)) return;
      loading.add(this);
      const reply = await listMyAppeals(this.data.nextCursor);
      loading.delete(this);
      if (!reply.ok) {
        this.setData({ errorMessage: reply.error.message });
        return;
      }
      // One render per tap, and only the new cards travel to the view layer (indexed paths).
      const patch: Record<string, unknown> = { nextCursor: reply.data.nextCursor };
      const start = this.data.items.length;
      reply.data.items.forEach(
        (s, i) => (patch[`items[${start + i}]`] = appealCard(s, appealTitle(s.causeIds))),
      );
      this.setData(patch);
    },
    onReachBottom() {
      return this.loadMore();
    },
    open(e: WechatMiniprogram.TouchEvent) {
      go(ROUTES.appealDetail, { id: String(e.currentTarget.dataset.id) });
    },
    /** 导出文字版: a summary in plain Chinese for a memo; 导出数据文件: the complete data for a computer. */
    async exportData(e: WechatMiniprogram.TouchEvent) {
      const asFile = e.currentTarget.dataset.kind === 'file';
      const reply = await exportMyData();
      if (!reply.ok) {
        toast(reply.error.message);
        return;
      }
      if (asFile) await copyText(exportFile(reply.data), '已复制数据文件（JSON），可以粘贴到电脑上保存');
      else await copyText(exportSummary(reply.data), '已复制申诉记录，可以粘贴到备忘录保存');
    },
    startDiagnosis() {
      go(ROUTES.home);
    },
  },
});
