export { Store } from './store';
export { DbError, type Doc, type DocId, type SortSpec, type IndexSpec, type StoreSnapshot } from './types';
