// A partnership page: the heatmap and the year-2 tracker, each registered on its own.
import '@s11kit/components/s11-summary.js';
import '@s11kit/components/s11-action-tracker.js';

const summary = document.querySelector('s11-summary')!;
summary.addEventListener('s11-filter', (event) => {
  const shown: number = event.detail.shown;
  const sector: string = event.detail.sector;
  console.log(shown, sector, event.detail.total);
});
summary.addEventListener('s11-sort', (event) => {
  const column: 'name' | 'below-expected' | 'standard' | 'item' = event.detail.column;
  const itemId: string | undefined = event.detail.itemId;
  // @ts-expect-error the direction is one of two words
  const wrong: 'up' = event.detail.direction;
  console.log(column, itemId, wrong);
});

const tracker = document.querySelector('s11-action-tracker')!;
tracker.addEventListener('s11-action-update', (event) => {
  const actionId: string = event.detail.actionId;
  const standardId: string = event.detail.standardId;
  console.log(standardId, actionId, event.detail.change);
});
tracker.addEventListener('s11-restore', (event) => console.log(event.detail.savedAt));
tracker.addEventListener('s11-storage-error', (event) => console.log(event.detail.problem));
